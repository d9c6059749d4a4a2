package io.tributary.vm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.vm.Evm;
import io.tributary.vm.EvmSpecs;
import io.tributary.vm.ExecutionResult;
import io.tributary.vm.testing.InMemoryWorld;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The benchmark contracts stay valid: each runs to completion with the gas and output that @ethereumjs/evm 10.1.3 and
 * Hardhat 2.29.1's EDR give on the same bytecode (benchmarks/evm/run.sh checks this again on every run), and leaves
 * the world as it found it, so a second run costs the same.
 */
class BenchmarkContractTest {
  @ParameterizedTest
  @CsvSource({
      "ARITHMETIC, 4925021, 0, 0x49d9467c1749ced87a5548c6641fa0532574f1675795c332f382fc41ca525d95",
      "MEMORY, 5456751, 0, 0x077b9c3276c46527f897d01ce1596327d606ad41272e30337a99bf2f7d4a49cc",
      "STORAGE, 4842780, 2547200, 0x0000000000000000000000000000000000000000000000000000000000004040",
      "CALL, 5006540, 0, 0x000000000000000000000000000000000000000000000000000000862926fa70"})
  void benchmarkContractRunsToCompletionWithTheGasOtherEvmsAgreeOn(final BenchmarkContract contract,
      final long gasUsed, final long refund, final String output) {
    final Evm evm = new Evm(EvmSpecs.cancun());
    final InMemoryWorld world = contract.world();
    for (int run = 0; run < 2; run++) {
      final ExecutionResult result = contract.run(evm, world);
      assertThat(result.status()).isEqualTo(ExecutionResult.Status.SUCCESS);
      assertThat(result.gasUsed(BenchmarkContract.GAS)).isBetween(4_000_000L, 6_000_000L).isEqualTo(gasUsed);
      assertThat(result.gasRefund()).isEqualTo(refund);
      assertThat(result.output()).isEqualTo(Bytes.fromHexString(output));
      assertThat(world.storageSize(BenchmarkContract.CONTRACT)).isZero();
    }
  }
}
