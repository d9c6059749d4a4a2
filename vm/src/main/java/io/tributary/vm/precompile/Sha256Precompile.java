package io.tributary.vm.precompile;

import io.tributary.core.crypto.Sha256;
import org.apache.tuweni.bytes.Bytes;

/** 0x02: SHA-256 of the input; 60 gas plus 12 per word (yellow paper, appendix E). */
public final class Sha256Precompile implements PrecompiledContract {
  static final long BASE_GAS = 60;
  static final long WORD_GAS = 12;

  @Override
  public String name() {
    return "SHA256";
  }

  @Override
  public long gasRequirement(final Bytes input) {
    return PrecompileGas.linear(BASE_GAS, WORD_GAS, input.size());
  }

  @Override
  public PrecompileResult compute(final Bytes input) {
    return PrecompileResult.success(Bytes.wrap(Sha256.digest(input.toArrayUnsafe())));
  }
}
