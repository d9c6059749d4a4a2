package io.tributary.core.benchmark;

import io.tributary.core.crypto.BouncyCastleSecp256k1;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.NativeSecp256k1;
import io.tributary.core.crypto.SignatureAlgorithm;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionDecoder;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * What a node does for every incoming transaction: decode the EIP-1559 envelope and recover its sender, on one core,
 * with native libsecp256k1 and with Bouncy Castle on the same pre-signed transactions.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class TransactionDecodeBenchmark {
  private static final int COUNT = 256;

  @Param({"native", "bc"})
  public String backend;

  private SignatureAlgorithm algorithm;
  private Bytes[] encoded;
  private int next;

  @Setup
  public void setUp() {
    algorithm = backend.equals("native") ? new NativeSecp256k1() : new BouncyCastleSecp256k1();
    final SignatureAlgorithm signer = new NativeSecp256k1();
    encoded = new Bytes[COUNT];
    for (int i = 0; i < COUNT; i++) {
      final KeyPair keys = signer.generateKeyPair();
      encoded[i] = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(7357L).nonce(i)
          .maxPriorityFeePerGas(Wei.of(1_000_000_000L)).maxFeePerGas(Wei.of(30_000_000_000L)).gasLimit(21_000)
          .to(Address.of(0xA7001)).value(Wei.of(i + 1)), keys).encoded();
    }
  }

  @Benchmark
  public Optional<Address> decodeAndRecoverSender() {
    final Transaction tx = TransactionDecoder.decode(encoded[next++ & (COUNT - 1)]);
    final Hash signingHash = tx.signingHash();
    return algorithm.recoverPublicKey(signingHash, tx.signature()).map(Address::fromPublicKey);
  }

  @Benchmark
  public Transaction decodeOnly() {
    return TransactionDecoder.decode(encoded[next++ & (COUNT - 1)]);
  }
}
