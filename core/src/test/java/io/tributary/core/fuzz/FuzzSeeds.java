package io.tributary.core.fuzz;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.AccessListEntry;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/** Valid encodings the fuzzer mutates. */
final class FuzzSeeds {
  private static final KeyPair KEY = SignatureAlgorithms.get().createKeyPair(
      Bytes32.fromHexString("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"));
  private static final Address TO = Address.of(0xA7001);

  private FuzzSeeds() {}

  static List<Bytes> rlp() {
    return List.of(Bytes.fromHexString("0xc7c0c1c0c3c0c1c0"), Bytes.fromHexString("0x83646f67"),
        Bytes.fromHexString("0xcc83646f6783676f6483636174"), Bytes.fromHexString("0x8180"),
        Bytes.fromHexString("0xb8380102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526"
            + "2728292a2b2c2d2e2f303132333435363738"));
  }

  static List<Bytes> transactions() {
    return List.of(
        TransactionSigner.sign(Transaction.builder().type(TransactionType.LEGACY).chainId(7357L).nonce(1)
            .gasPrice(Wei.of(1_000_000_000L)).gasLimit(21_000).to(TO).value(Wei.of(9)), KEY).encoded(),
        TransactionSigner.sign(Transaction.builder().type(TransactionType.ACCESS_LIST).chainId(7357L)
            .gasPrice(Wei.of(5)).gasLimit(50_000).to(TO).data(Bytes.fromHexString("0xdeadbeef"))
            .accessList(List.of(new AccessListEntry(TO, List.of(Hash.ZERO)))), KEY).encoded(),
        TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(7357L).nonce(77)
            .maxPriorityFeePerGas(Wei.of(2)).maxFeePerGas(Wei.of(100)).gasLimit(90_000)
            .data(Bytes.fromHexString("0x6000")), KEY).encoded(),
        TransactionSigner.sign(Transaction.builder().type(TransactionType.BLOB).chainId(7357L)
            .maxPriorityFeePerGas(Wei.of(2)).maxFeePerGas(Wei.of(100)).gasLimit(90_000).to(TO)
            .maxFeePerBlobGas(Wei.of(1)).blobVersionedHashes(List.of(Hash.EMPTY)), KEY).encoded());
  }

  /** Decoders of other packages (blocks, receipts) register here. */
  static void more(final Map<String, DecoderFuzzTest.Target> targets) {
    // block header, body and receipt decoders are added beside their types
  }
}
