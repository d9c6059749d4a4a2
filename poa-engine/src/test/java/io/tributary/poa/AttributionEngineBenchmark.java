package io.tributary.poa;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Block verification time per backend: 1,000 inferences x 64 candidate datasets (by default 1,024 words each, filters
 * of 2^20 bits). Lookups per second = {@link SyntheticBlock#lookups()} / time; `tributary poa bench` prints both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AttributionEngineBenchmark {
  @Param({"reference", "cpu", "opencl"})
  public String backend;

  @Param({"1000"})
  public int inferences;

  @Param({"64"})
  public int datasets;

  @Param({"1024"})
  public int words;

  @Param({"20"})
  public int bits;

  private SyntheticBlock block;
  private AttributionEngine engine;

  @Setup(Level.Trial)
  public void setUp() {
    block = SyntheticBlock.generate(AttributionParams.DEFAULTS, inferences, datasets, words, bits, 1);
    engine = AttributionBackend.parse(backend).open();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  @Benchmark
  public AttributionResult verifyBlock() {
    return engine.attribute(block.params(), block.batch(), block.sketches());
  }
}
