package io.tributary.vm.precompile;

import io.tributary.vm.precompile.bn254.G1Point;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * 0x06: the sum of two G1 points of bn254 (EIP-196), 150 gas since Istanbul (EIP-1108). Input is right-padded with
 * zeros to 128 bytes; a coordinate not below p or a point off the curve fails the call.
 */
public final class AltBn128AddPrecompile implements PrecompiledContract {
  static final long ISTANBUL_GAS = 150;
  private static final int INPUT_SIZE = 128;

  @Override
  public String name() {
    return "BN254_ADD";
  }

  @Override
  public long gasRequirement(final Bytes input) {
    return ISTANBUL_GAS;
  }

  @Override
  public PrecompileResult compute(final Bytes input) {
    final Bytes padded = PrecompileInput.rightPadded(input, INPUT_SIZE);
    final Optional<G1Point> a = G1Point.decode(padded.slice(0, 64));
    final Optional<G1Point> b = G1Point.decode(padded.slice(64, 64));
    if (a.isEmpty() || b.isEmpty()) {
      return PrecompileResult.failure("bn254 add: input is not two points of G1");
    }
    return PrecompileResult.success(a.get().add(b.get()).encode());
  }
}
