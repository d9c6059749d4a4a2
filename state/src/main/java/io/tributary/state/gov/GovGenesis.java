package io.tributary.state.gov;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.ai.AiGasSchedule;
import io.tributary.state.ai.AiGenesis;
import io.tributary.state.ai.GasMeter;
import io.tributary.state.ai.ModuleStorage;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.world.WorldUpdater;
import java.util.List;

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
