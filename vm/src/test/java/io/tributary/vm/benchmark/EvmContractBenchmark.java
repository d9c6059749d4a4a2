package io.tributary.vm.benchmark;

import io.tributary.vm.Evm;
import io.tributary.vm.EvmSpecs;
import io.tributary.vm.ExecutionResult;
import io.tributary.vm.testing.InMemoryWorld;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The EVM benchmark contracts ({@link BenchmarkContract}: arithmetic-, memory-, storage- and call-heavy, a few million
 * gas each) through {@link Evm} on an {@link InMemoryWorld} (journaled, so checkpoints are cheap), Cancun rules, one
 * thread. The primary score is runs a second; the {@code gas} counter is gas a second (divide by 10^6 for Mgas/s).
 * {@code benchmarks/evm/run.sh} runs it beside @ethereumjs/evm and Hardhat's EDR on the same bytecode.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class EvmContractBenchmark {
  @Param({"ARITHMETIC", "MEMORY", "STORAGE", "CALL"})
  public BenchmarkContract contract;

  private Evm evm;
  private InMemoryWorld world;

  /** Gas used, reported by JMH as gas per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class GasCounter {
    public long gas;

    @Setup(Level.Iteration)
    public void reset() {
      gas = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    evm = new Evm(EvmSpecs.cancun());
    world = contract.world();
    final ExecutionResult first = contract.run(evm, world);
    if (!first.isSuccess()) {
      throw new IllegalStateException(contract + ": " + first.status() + " " + first.haltReason());
    }
  }

  @Benchmark
  public ExecutionResult execute(final GasCounter counter) {
    final ExecutionResult result = contract.run(evm, world);
    counter.gas += result.gasUsed(BenchmarkContract.GAS);
    return result;
  }
}
