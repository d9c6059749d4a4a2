package io.tributary.state.gov;

import io.tributary.state.ai.AiParams;
import io.tributary.state.ai.ModuleStorage;
import io.tributary.vm.EvmWorld;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The governable AI parameters ({@link AiParameter}) in the Governance module's storage: slot 9 is non-zero once a
 * passed proposal wrote them; slots 10 to 15 hold the values in force before the activation block (slot 16), slots
 * 20 to 25 those in force from it on, each in {@link AiParameter} order. Until a proposal writes them the spec's
 * values (AiParams.DEFAULT on Tributary's chains) are in force, so genesis needs to write nothing and every node reads
 * the same values from the same state. A change finalized in block N activates at block N + 1: the modules' calls
 * later in block N still see the old values, and block N + 1's attribution pre-check (against block N's state, as
 * block N + 1) and calls see the new ones.
 */
public final class AiParamStore {
  private static final UInt256 SET = UInt256.valueOf(9);
  private static final UInt256 BEFORE = UInt256.valueOf(10);
  private static final UInt256 ACTIVATION = UInt256.valueOf(16);
  private static final UInt256 FROM = UInt256.valueOf(20);

  private AiParamStore() {}

  /** The AI parameters in force for block {@code number} in {@code world}: {@code spec}'s, governed ones replaced. */
  public static AiParams read(final EvmWorld world, final AiParams spec, final long number) {
    if (spec == null) {
      return null;
    }
    return read(ModuleStorage.reader(world, GovernanceModule.ADDRESS), spec, number);
  }

  private static AiParams read(final ModuleStorage storage, final AiParams spec, final long number) {
    if (storage.load(SET).isZero()) {
      return spec;
    }
    final UInt256 base = number >= storage.loadLong(ACTIVATION) ? FROM : BEFORE;
    AiParams params = spec;
    for (final AiParameter p : AiParameter.values()) {
      params = p.with(params, (int) storage.loadLong(base.add(p.ordinal())));
    }
    return params;
  }

  /** The values that will be in force from the block after {@code number} (a proposal finalized in it). */
  static AiParams next(final EvmWorld world, final AiParams spec, final long number) {
    return read(world, spec, number + 1);
  }

  /** Schedules {@code next} (a passed proposal finalized in block {@code number}) from block number + 1 on. */
  static void schedule(final ModuleStorage storage, final AiParams spec, final long number, final AiParams next) {
    final AiParams current = read(ModuleStorage.reader(storage.world(), GovernanceModule.ADDRESS), spec, number);
    for (final AiParameter p : AiParameter.values()) {
      storage.storeLong(BEFORE.add(p.ordinal()), p.of(current));
      storage.storeLong(FROM.add(p.ordinal()), p.of(next));
    }
    storage.storeLong(ACTIVATION, number + 1);
    storage.storeLong(SET, 1);
  }
}
