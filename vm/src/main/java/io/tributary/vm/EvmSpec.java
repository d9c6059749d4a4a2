package io.tributary.vm;

import io.tributary.vm.gas.GasCalculator;
import io.tributary.vm.operation.OperationRegistry;
import io.tributary.vm.precompile.PrecompileRegistry;
import io.tributary.vm.nativecontract.NativeContractRegistry;
import java.util.Objects;

/**
 * One fork's EVM: its operations, gas schedule, precompiles and the few rules that are neither. Built as "previous
 * fork + changes" in {@link EvmSpecs}; the caller (the state module's protocol spec) picks one per block.
 *
 * @param rejectEfCode EIP-3541 (London): a creation may not deposit code starting with 0xEF
 * @param warmCoinbase EIP-3651 (Shanghai): the block's coinbase starts every transaction warm
 */
public record EvmSpec(String name, OperationRegistry operations, GasCalculator gasCalculator,
    PrecompileRegistry precompiles, NativeContractRegistry nativeContracts, boolean rejectEfCode,
    boolean warmCoinbase) {
  public EvmSpec {
    Objects.requireNonNull(nativeContracts);
    Objects.requireNonNull(name);
    Objects.requireNonNull(operations);
    Objects.requireNonNull(gasCalculator);
    Objects.requireNonNull(precompiles);
  }

  public EvmSpec withName(final String value) {
    return new EvmSpec(value, operations, gasCalculator, precompiles, nativeContracts, rejectEfCode, warmCoinbase);
  }

  public EvmSpec withOperations(final OperationRegistry value) {
    return new EvmSpec(name, value, gasCalculator, precompiles, nativeContracts, rejectEfCode, warmCoinbase);
  }

  public EvmSpec withGasCalculator(final GasCalculator value) {
    return new EvmSpec(name, operations, value, precompiles, nativeContracts, rejectEfCode, warmCoinbase);
  }

  public EvmSpec withPrecompiles(final PrecompileRegistry value) {
    return new EvmSpec(name, operations, gasCalculator, value, nativeContracts, rejectEfCode, warmCoinbase);
  }

  /** This spec with native contracts (Tributary's modules) at their reserved addresses. */
  public EvmSpec withNativeContracts(final NativeContractRegistry value) {
    return new EvmSpec(name, operations, gasCalculator, precompiles, value, rejectEfCode, warmCoinbase);
  }

  public EvmSpec withRejectEfCode(final boolean value) {
    return new EvmSpec(name, operations, gasCalculator, precompiles, nativeContracts, value, warmCoinbase);
  }

  public EvmSpec withWarmCoinbase(final boolean value) {
    return new EvmSpec(name, operations, gasCalculator, precompiles, nativeContracts, rejectEfCode, value);
  }
}
