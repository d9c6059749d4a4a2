package io.tributary.core.fuzz;

import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.Log;
import io.tributary.core.block.TransactionReceipt;
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

  /** Block-level decoders: header, block, receipt and the BFT extra data. */
  static void more(final Map<String, DecoderFuzzTest.Target> targets) {
    final List<Transaction> txs = transactions().stream()
        .map(io.tributary.core.transaction.TransactionDecoder::decode).toList();
    final BlockHeader header = BlockHeader.builder().number(42).gasLimit(30_000_000).gasUsed(21_000).timestamp(1_700_000_000)
        .coinbase(TO).extraData(bftExtraData().encoded()).tributaryCancunFields(Wei.of(875_000_000L)).build();
    targets.put("header", new DecoderFuzzTest.Target(BlockHeader::decode, h -> ((BlockHeader) h).encoded(),
        List.of(header.encoded(), BlockHeader.builder().gasLimit(5000).build().encoded())));
    targets.put("block", new DecoderFuzzTest.Target(Block::decode, b -> ((Block) b).encoded(),
        List.of(new Block(header, BlockBody.of(txs)).encoded())));
    final Log log = new Log(TO, List.of(Hash.ZERO), Bytes.fromHexString("0xcafe"));
    targets.put("receipt", new DecoderFuzzTest.Target(TransactionReceipt::decode, r -> ((TransactionReceipt) r).encoded(),
        List.of(TransactionReceipt.of(TransactionType.LEGACY, true, 21_000, List.of(log)).encoded(),
            TransactionReceipt.of(TransactionType.EIP1559, false, 50_000, List.of()).encoded())));
    targets.put("bft-extra-data", new DecoderFuzzTest.Target(BftExtraData::decode, e -> ((BftExtraData) e).encoded(),
        List.of(bftExtraData().encoded())));
  }

  private static BftExtraData bftExtraData() {
    final io.tributary.core.crypto.Signature seal = SignatureAlgorithms.get().sign(Hash.EMPTY, KEY);
    return new BftExtraData(Bytes.wrap(new byte[32]), List.of(KEY.address(), TO), 2, java.util.Optional.of(seal),
        List.of(seal, seal));
  }
}
