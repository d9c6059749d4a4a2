package io.tributary.vm.precompile;

import org.apache.tuweni.bytes.Bytes;

/** 0x04: returns its input; 15 gas plus 3 per word. */
public final class IdentityPrecompile implements PrecompiledContract {
  static final long BASE_GAS = 15;
  static final long WORD_GAS = 3;

  @Override
  public String name() {
    return "IDENTITY";
  }

  @Override
  public long gasRequirement(final Bytes input) {
    return PrecompileGas.linear(BASE_GAS, WORD_GAS, input.size());
  }

  @Override
  public PrecompileResult compute(final Bytes input) {
    return PrecompileResult.success(input.copy());
  }
}
