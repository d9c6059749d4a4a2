package io.tributary.rpc.results;

import io.tributary.core.types.Wei;
import io.tributary.state.gov.GovParams;
import io.tributary.state.spec.BaseFeeCalculator;

/**
 * {@code gov_getParams}: the governance parameters in force (minDeposit in wei, periods in blocks, quorum, threshold
 * and veto in basis points), the total supply the quorum is measured against, and the chain parameters governance
 * sets for the next block (its gas limit and the base-fee rules).
 */
public record GovParamsResult(String minDeposit, String depositPeriod, String votingPeriod, String quorumBps,
    String thresholdBps, String vetoBps, String totalSupply, String gasLimit, String elasticityMultiplier,
    String baseFeeChangeDenominator) {
  public static GovParamsResult of(final GovParams p, final Wei totalSupply, final long nextGasLimit,
      final BaseFeeCalculator baseFee) {
    return new GovParamsResult(p.minDeposit().toShortHexString(), Quantities.of(p.depositPeriod()),
        Quantities.of(p.votingPeriod()), Quantities.of(p.quorumBps()), Quantities.of(p.thresholdBps()),
        Quantities.of(p.vetoBps()), totalSupply.toShortHexString(), Quantities.of(nextGasLimit),
        Quantities.of(baseFee.elasticityMultiplier()), Quantities.of(baseFee.changeDenominator()));
  }
}
