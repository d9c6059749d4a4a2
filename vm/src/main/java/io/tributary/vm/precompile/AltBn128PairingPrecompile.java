package io.tributary.vm.precompile;

import io.tributary.vm.precompile.bn254.Bn254;
import io.tributary.vm.precompile.bn254.G1Point;
import io.tributary.vm.precompile.bn254.G2Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * 0x08: the bn254 pairing check (EIP-197): for k pairs (G1, G2) of 192 bytes, returns the word 1 when the product of
 * their pairings is one and 0 otherwise (1 for empty input). Istanbul prices (EIP-1108): 45000 + 34000·k. An input
 * whose length is not a multiple of 192, a coordinate not below p, a point off its curve or a G2 point outside the
 * order-r subgroup fails the call.
 */
public final class AltBn128PairingPrecompile implements PrecompiledContract {
  static final long ISTANBUL_BASE_GAS = 45_000;
  static final long ISTANBUL_PAIR_GAS = 34_000;
  private static final int PAIR_SIZE = 192;

  @Override
  public String name() {
    return "BN254_PAIRING";
  }

  @Override
  public long gasRequirement(final Bytes input) {
    return ISTANBUL_BASE_GAS + ISTANBUL_PAIR_GAS * (input.size() / PAIR_SIZE);
  }

  @Override
  public PrecompileResult compute(final Bytes input) {
    if (input.size() % PAIR_SIZE != 0) {
      return PrecompileResult.failure("bn254 pairing: input length is not a multiple of 192");
    }
    final List<Bn254.Pair> pairs = new ArrayList<>(input.size() / PAIR_SIZE);
    for (int offset = 0; offset < input.size(); offset += PAIR_SIZE) {
      final Optional<G1Point> g1 = G1Point.decode(input.slice(offset, 64));
      if (g1.isEmpty()) {
        return PrecompileResult.failure("bn254 pairing: pair " + offset / PAIR_SIZE + " has an invalid G1 point");
      }
      final Optional<G2Point> g2 = G2Point.decode(input.slice(offset + 64, 128));
      if (g2.isEmpty()) {
        return PrecompileResult.failure("bn254 pairing: pair " + offset / PAIR_SIZE + " has an invalid G2 point");
      }
      pairs.add(new Bn254.Pair(g1.get(), g2.get()));
    }
    final boolean one = Bn254.pairingCheck(pairs);
    return PrecompileResult.success(one ? Bytes32.leftPad(Bytes.of(1)) : Bytes32.ZERO);
  }
}
