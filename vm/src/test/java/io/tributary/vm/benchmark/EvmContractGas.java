package io.tributary.vm.benchmark;

import io.tributary.vm.Evm;
import io.tributary.vm.EvmSpecs;
import io.tributary.vm.ExecutionResult;

/**
 * Prints, one JSON object, what each benchmark contract does through {@link Evm}: status, gas used, refund and output
 * of one run. {@code benchmarks/evm/run.sh} checks them against @ethereumjs/evm's and Hardhat's (they must be
 * identical) and takes the gas of a run from here.
 */
public final class EvmContractGas {
  private EvmContractGas() {}

  public static void main(final String[] args) {
    final Evm evm = new Evm(EvmSpecs.cancun());
    final StringBuilder json = new StringBuilder("{");
    for (final BenchmarkContract contract : BenchmarkContract.values()) {
      final ExecutionResult result = contract.run(evm, contract.world());
      json.append(json.length() > 1 ? ",\n " : "\n ").append('"').append(contract.fileName()).append("\": {")
          .append("\"status\": \"").append(result.status()).append("\", ")
          .append("\"gasUsed\": ").append(result.gasUsed(BenchmarkContract.GAS)).append(", ")
          .append("\"gasRefund\": ").append(result.gasRefund()).append(", ")
          .append("\"output\": \"").append(result.output().toHexString()).append("\"}");
    }
    System.out.println(json.append("\n}"));
  }
}
