package io.tributary.state.benchmark;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Hash;
import io.tributary.state.trie.SecureMerklePatriciaTrie;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a secure account trie of N accounts (20-byte keys, ~70-byte account values) and computing its root, then
 * committing its nodes to an in-memory sink. Time per whole build; divide N by it for inserts per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class TrieBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int accounts;

  private Bytes[] keys;
  private Bytes[] values;

  @Setup
  public void setUp() {
    final Random random = new Random(1);
    keys = new Bytes[accounts];
    values = new Bytes[accounts];
    for (int i = 0; i < accounts; i++) {
      final byte[] address = new byte[20];
      random.nextBytes(address);
      keys[i] = Bytes.wrap(address);
      final byte[] value = new byte[70];
      random.nextBytes(value);
      values[i] = Bytes.wrap(value);
    }
  }

  @Benchmark
  public Hash insertAndComputeRoot() {
    final SecureMerklePatriciaTrie trie = new SecureMerklePatriciaTrie(h -> Optional.empty());
    for (int i = 0; i < accounts; i++) {
      trie.put(keys[i], values[i]);
    }
    return trie.rootHash();
  }

  @Benchmark
  public int insertAndCommitNodes() {
    final SecureMerklePatriciaTrie trie = new SecureMerklePatriciaTrie(h -> Optional.empty());
    for (int i = 0; i < accounts; i++) {
      trie.put(keys[i], values[i]);
    }
    final Map<Hash, Bytes> nodes = new HashMap<>();
    trie.commit(nodes::put);
    return nodes.size() + Keccak256.digest(new byte[0]).length;
  }
}
