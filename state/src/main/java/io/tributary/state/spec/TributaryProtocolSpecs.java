package io.tributary.state.spec;

import io.tributary.core.transaction.TransactionValidator;
import io.tributary.core.types.Address;
import io.tributary.vm.Evm;
import io.tributary.vm.EvmSpecs;
import java.util.Optional;

/** Tributary's forks. Each is the previous one plus its changes; governance upgrades add entries here. */
public final class TributaryProtocolSpecs {
  /** The community treasury: every base fee lands here until governance spends it. */
  public static final Address TREASURY = Address.fromHexString("0x00000000000000000000000000000000000a7000");

  private TributaryProtocolSpecs() {}

  /**
   * The first fork: Ethereum's Cancun transaction and fee rules and its EVM, without blobs, base fees paid to the
   * treasury.
   */
  public static ProtocolSpec genesisSpec(final long chainId) {
    return new ProtocolSpec("tributary-1", TransactionValidator.tributary(chainId), BaseFeeCalculator.LONDON,
        FeeRecipientPolicy.treasury(TREASURY), Optional.empty(), new Evm(EvmSpecs.cancun()));
  }

  /** The schedule of a chain that has only had its genesis fork so far. */
  public static ProtocolSchedule schedule(final long chainId) {
    return ProtocolSchedule.builder(chainId).fork(0, genesisSpec(chainId)).build();
  }
}
