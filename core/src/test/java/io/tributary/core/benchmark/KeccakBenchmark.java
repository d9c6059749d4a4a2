package io.tributary.core.benchmark;

import io.tributary.core.crypto.Keccak256;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Keccak-256 throughput (Bouncy Castle): ops/s times the input size gives bytes/s. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KeccakBenchmark {
  @Param({"32", "1024", "1048576"})
  public int size;

  private byte[] input;

  @Setup
  public void setUp() {
    input = new byte[size];
    new Random(1).nextBytes(input);
  }

  @Benchmark
  public byte[] keccak256() {
    return Keccak256.digest(input);
  }
}
