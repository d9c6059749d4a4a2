package io.tributary.vm.precompile;

import io.tributary.vm.precompile.bn254.G1Point;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * 0x07: a G1 point of bn254 times a 256-bit scalar (EIP-196), 6000 gas since Istanbul (EIP-1108). Input is
 * right-padded with zeros to 96 bytes (x, y, scalar); an invalid point fails the call, any scalar is accepted.
 */
public final class AltBn128MulPrecompile implements PrecompiledContract {
  static final long ISTANBUL_GAS = 6000;
  private static final int INPUT_SIZE = 96;

  @Override
  public String name() {
    return "BN254_MUL";
  }

  @Override
  public long gasRequirement(final Bytes input) {
    return ISTANBUL_GAS;
  }

  @Override
  public PrecompileResult compute(final Bytes input) {
    final Bytes padded = PrecompileInput.rightPadded(input, INPUT_SIZE);
    final Optional<G1Point> point = G1Point.decode(padded.slice(0, 64));
    if (point.isEmpty()) {
      return PrecompileResult.failure("bn254 mul: input is not a point of G1");
    }
    return PrecompileResult.success(point.get().multiply(padded.slice(64, 32).toUnsignedBigInteger()).encode());
  }
}
