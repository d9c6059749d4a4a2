package io.tributary.state.spec;

import io.tributary.state.ai.AiModules;
import io.tributary.core.transaction.TransactionValidator;
import io.tributary.vm.Evm;
import io.tributary.vm.EvmSpecs;
import java.util.Optional;

/**
 * Ethereum mainnet's rules, for the ethereum/tests conformance vectors only: Tributary's own forks differ where it
 * chose to (base fees to the treasury, no blobs), and this is how those choices are checked not to leak elsewhere.
 */
public final class EthereumProtocolSpecs {
  /** The chain id of Ethereum's test vectors. */
  public static final long MAINNET_CHAIN_ID = 1;

  private EthereumProtocolSpecs() {}

  /** Cancun as Ethereum runs it: every transaction type including blobs, base fees burnt, Cancun's EVM. */
  public static ProtocolSpec cancun(final long chainId) {
    return new ProtocolSpec("cancun", TransactionValidator.cancun(chainId), BaseFeeCalculator.LONDON,
        FeeRecipientPolicy.BURN, Optional.of(BlobGasSchedule.CANCUN), new Evm(EvmSpecs.cancun()),
        AiModules.NONE);
  }
}
