package io.tributary.state.spec;

import io.tributary.poa.ReferenceAttributionEngine;
import io.tributary.state.ai.AiAddresses;
import io.tributary.state.ai.AiModules;
import io.tributary.state.ai.AiParams;
import io.tributary.state.ai.AttributionService;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.core.transaction.TransactionValidator;
import io.tributary.core.types.Address;
import io.tributary.vm.Evm;
import io.tributary.vm.EvmSpecs;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Tributary's forks. Each is the previous one plus its changes; governance upgrades add entries here. */
public final class TributaryProtocolSpecs {
  /** The community treasury: every base fee lands here until governance spends it. */
  public static final Address TREASURY = AiAddresses.TREASURY;

  private TributaryProtocolSpecs() {}

  /**
   * The first fork: Ethereum's Cancun transaction and fee rules and its EVM, without blobs, base fees paid to the
   * treasury; the AI modules and Governance (priced by the AI modules' gas schedule).
   */
  public static ProtocolSpec genesisSpec(final long chainId, final AttributionService attribution) {
    return new ProtocolSpec("tributary-1", TransactionValidator.tributary(chainId), BaseFeeCalculator.LONDON,
        FeeRecipientPolicy.treasury(TREASURY), Optional.empty(), new Evm(EvmSpecs.cancun()), AiModules.NONE)
        .withAi(AiModules.of(AiParams.DEFAULT, attribution))
        .withGovernance(new GovernanceModule(AiParams.DEFAULT, GovParams.DEFAULT));
  }

  /** The genesis fork attributing on the CPU reference engine (tests, tools). */
  public static ProtocolSpec genesisSpec(final long chainId) {
    return genesisSpec(chainId, new AttributionService(new ReferenceAttributionEngine()));
  }

  /**
   * The upgrades this release can follow when governance schedules them. {@code checkpoint-1} changes no rule: it
   * exercises the whole upgrade path on a live network (proposal, vote, schedule, activation) and makes every node
   * whose release predates it halt at its height instead of following blocks it was not built to check.
   */
  public static KnownUpgrades knownUpgrades() {
    return KnownUpgrades.of(Map.of("checkpoint-1", UnaryOperator.identity()));
  }

  /**
   * The schedule of a chain from its genesis fork, attributing with {@code attribution}; upgrades the chain
   * schedules later are added from {@link #knownUpgrades()}.
   */
  public static ProtocolSchedule schedule(final long chainId, final AttributionService attribution) {
    return ProtocolSchedule.builder(chainId).fork(0, genesisSpec(chainId, attribution))
        .knownUpgrades(knownUpgrades()).build();
  }

  /** The schedule of a chain that has only had its genesis fork so far, on the CPU reference engine. */
  public static ProtocolSchedule schedule(final long chainId) {
    return schedule(chainId, new AttributionService(new ReferenceAttributionEngine()));
  }
}
