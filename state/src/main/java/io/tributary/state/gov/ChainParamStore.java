package io.tributary.state.gov;

import io.tributary.state.ai.ModuleStorage;
import io.tributary.state.spec.BaseFeeCalculator;
import io.tributary.vm.EvmWorld;
import java.util.OptionalLong;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The {@link ChainParameter}s governance set, in the Governance module's storage from slot 40 in enum order; zero is
 * "never set" (no parameter allows it). Read from a block's post-state, they are the rules of the next block.
 */
public final class ChainParamStore {
  private static final UInt256 BASE = UInt256.valueOf(40);

  private ChainParamStore() {}

  /** The gas limit governance set in {@code world}, if it ever did (else the parent's carries over). */
  public static OptionalLong gasLimit(final EvmWorld world) {
    final long value = value(ModuleStorage.reader(world, GovernanceModule.ADDRESS), ChainParameter.GAS_LIMIT);
    return value == 0 ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** {@code spec}'s base-fee rules with those governance set in {@code world} in their place. */
  public static BaseFeeCalculator baseFee(final EvmWorld world, final BaseFeeCalculator spec) {
    final ModuleStorage storage = ModuleStorage.reader(world, GovernanceModule.ADDRESS);
    final long elasticity = value(storage, ChainParameter.ELASTICITY_MULTIPLIER);
    final long denominator = value(storage, ChainParameter.BASE_FEE_CHANGE_DENOMINATOR);
    if (elasticity == 0 && denominator == 0) {
      return spec;
    }
    return new BaseFeeCalculator(elasticity == 0 ? spec.elasticityMultiplier() : elasticity,
        denominator == 0 ? spec.changeDenominator() : denominator, spec.initialBaseFee());
  }

  static void set(final ModuleStorage storage, final ChainParameter parameter, final long value) {
    storage.storeLong(BASE.add(parameter.ordinal()), value);
  }

  /** The stored value, or 0 (unset) for one no proposal could have set: garbage a fork's genesis restored. */
  private static long value(final ModuleStorage storage, final ChainParameter parameter) {
    final UInt256 stored = storage.load(BASE.add(parameter.ordinal()));
    return parameter.allows(stored.toUnsignedBigInteger()) ? stored.toLong() : 0;
  }
}
