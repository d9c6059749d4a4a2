package io.tributary.rpc.results;

import io.tributary.core.types.Wei;
import io.tributary.state.gov.GovParams;

/**
 * {@code gov_getParams}: the governance parameters in force (minDeposit in wei, periods in blocks, quorum, threshold
 * and veto in basis points) and the total supply the quorum is measured against.
 */
public record GovParamsResult(String minDeposit, String depositPeriod, String votingPeriod, String quorumBps,
    String thresholdBps, String vetoBps, String totalSupply) {
  public static GovParamsResult of(final GovParams p, final Wei totalSupply) {
    return new GovParamsResult(p.minDeposit().toShortHexString(), Quantities.of(p.depositPeriod()),
        Quantities.of(p.votingPeriod()), Quantities.of(p.quorumBps()), Quantities.of(p.thresholdBps()),
        Quantities.of(p.vetoBps()), totalSupply.toShortHexString());
  }
}
