package io.tributary.state.gov;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.ai.AiGasSchedule;
import io.tributary.state.ai.AiGenesis;
import io.tributary.state.ai.GasMeter;
import io.tributary.state.ai.ModuleStorage;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.world.WorldUpdater;
import io.tributary.state.ai.AiParams;
import io.tributary.state.spec.BaseFeeCalculator;
import io.tributary.vm.EvmWorld;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Governance module's genesis: its account (nonce 1, code 0xfe, as {@link AiGenesis} makes the AI modules'), every
 * governance parameter, and the total supply the quorum is measured against. The chain mints nothing after genesis
 * and base fees go to the treasury, not burnt, so the genesis alloc's sum is the supply for good.
 */
public final class GovGenesis {
  private GovGenesis() {}

  /** Creates the module account and writes {@code params}; run before the alloc, which may restore its storage. */
  public static void install(final WorldUpdater state, final GovParams params) {
    state.getOrCreate(GovernanceModule.ADDRESS);
    state.setNonce(GovernanceModule.ADDRESS, 1);
    state.setCode(GovernanceModule.ADDRESS, AiGenesis.MODULE_CODE);
    store(state).setParams(params);
  }

  /**
   * Writes the governance parameters again; run after the alloc, so a genesis's own values win over storage an alloc
   * restored (a fork's file changes them there). The same values as {@link #install} change nothing.
   */
  public static void installParams(final WorldUpdater state, final GovParams params) {
    store(state).setParams(params);
  }

  /**
   * Puts {@code values} (the AI parameters a genesis names) in force from block 1; run after the alloc. Nothing is
   * written when they are already the values the state holds (the spec's on a new chain, a fork's restored ones), so
   * naming the values in force changes no state root. Throws {@link IllegalArgumentException} when the result is
   * inconsistent ({@link AiParameter#inconsistency}).
   */
  public static void installAiParams(final WorldUpdater state, final Map<AiParameter, Integer> values) {
    if (values.isEmpty()) {
      return;
    }
    final AiParams current = aiParams(new WorldUpdaterEvmWorld(state));
    AiParams next = current;
    for (final AiParameter p : AiParameter.values()) {
      if (values.containsKey(p)) {
        next = p.with(next, values.get(p));
      }
    }
    final String inconsistency = AiParameter.inconsistency(next);
    if (inconsistency != null) {
      throw new IllegalArgumentException(inconsistency);
    }
    if (!next.equals(current)) {
      AiParamStore.schedule(storage(state), AiParams.DEFAULT, 0, next);
    }
  }

  /**
   * The AI parameters the state holds once its schedule is in force (a change finalized at the exported height
   * included): what an export writes, and what {@link #installAiParams} compares with.
   */
  public static AiParams aiParams(final EvmWorld world) {
    return AiParamStore.read(world, AiParams.DEFAULT, Long.MAX_VALUE);
  }

  /**
   * Sets the chain parameters a genesis names ({@code chain.elasticityMultiplier},
   * {@code chain.baseFeeChangeDenominator}; the gas limit is the genesis header's); run after the alloc. A value equal
   * to the one in force (governance's, else the spec's) writes nothing, so naming the values in force changes no state
   * root.
   */
  public static void installChainParams(final WorldUpdater state, final Map<ChainParameter, Long> values) {
    if (values.isEmpty()) {
      return;
    }
    final Map<ChainParameter, Long> current = chainParams(new WorldUpdaterEvmWorld(state));
    for (final Map.Entry<ChainParameter, Long> entry : values.entrySet()) {
      if (entry.getKey() == ChainParameter.GAS_LIMIT) {
        throw new IllegalArgumentException("chain.gasLimit is set at genesis by the top-level gasLimit");
      }
      if (!entry.getValue().equals(current.get(entry.getKey()))) {
        ChainParamStore.set(storage(state), entry.getKey(), entry.getValue());
      }
    }
  }

  /** The base-fee parameters in force in {@code world}: governance's, else the spec's (London's 2 and 8). */
  public static Map<ChainParameter, Long> chainParams(final EvmWorld world) {
    final BaseFeeCalculator rules = ChainParamStore.baseFee(world, BaseFeeCalculator.LONDON);
    final Map<ChainParameter, Long> values = new EnumMap<>(ChainParameter.class);
    values.put(ChainParameter.ELASTICITY_MULTIPLIER, rules.elasticityMultiplier());
    values.put(ChainParameter.BASE_FEE_CHANGE_DENOMINATOR, rules.changeDenominator());
    return values;
  }

  /** Records the total supply (the sum of the genesis alloc's balances); run after the alloc. */
  public static void recordTotalSupply(final WorldUpdater state, final Wei supply) {
    store(state).setTotalSupply(supply);
  }

  /**
   * Writes the first validator set into state, where consensus reads each height's set from and governance changes
   * it; run after the alloc, so a genesis's own list wins over any restored storage.
   */
  public static void installValidators(final WorldUpdater state, final List<Address> validators) {
    ValidatorSetStore.write(storage(state), validators);
  }

  private static ModuleStorage storage(final WorldUpdater state) {
    return new ModuleStorage(new WorldUpdaterEvmWorld(state), GovernanceModule.ADDRESS, GasMeter.unlimited(),
        AiGasSchedule.FREE, false);
  }

  private static GovStore store(final WorldUpdater state) {
    return new GovStore(storage(state), GovParams.DEFAULT);
  }
}
