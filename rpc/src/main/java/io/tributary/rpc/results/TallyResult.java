package io.tributary.rpc.results;

import io.tributary.core.types.Wei;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.Proposal;
import io.tributary.state.gov.ProposalStatus;
import io.tributary.state.gov.Tally;
import java.math.BigInteger;

/**
 * {@code gov_getTally}: a proposal's votes so far and where they stand against the parameters in force and the total
 * supply, in the module's integer arithmetic: {@code quorumReached} when all votes are at least quorumBps of the
 * supply, {@code thresholdReached} when Yes is more than thresholdBps of Yes + No + NoWithVeto, {@code vetoed} when
 * NoWithVeto is more than vetoBps of all votes. {@code outcome} is what finalize would decide on these votes (passed,
 * rejected, vetoed) while the proposal has not ended, null once it has ({@code status} is then final).
 */
public record TallyResult(String proposalId, String status, String yes, String no, String abstain,
    String noWithVeto, String total, String totalSupply, String quorumBps, String thresholdBps, String vetoBps,
    boolean quorumReached, boolean thresholdReached, boolean vetoed, String outcome) {
  private static final BigInteger BPS = BigInteger.valueOf(10_000);

  public static TallyResult of(final Proposal p, final GovParams params, final Wei totalSupply) {
    final Tally t = p.tally();
    final BigInteger all = t.total().toBigInteger();
    final BigInteger sides = all.subtract(t.abstain().toBigInteger());
    final boolean threshold = sides.signum() > 0
        && t.yes().toBigInteger().multiply(BPS).compareTo(sides.multiply(BigInteger.valueOf(params.thresholdBps()))) > 0;
    final boolean vetoed =
        t.noWithVeto().toBigInteger().multiply(BPS).compareTo(all.multiply(BigInteger.valueOf(params.vetoBps()))) > 0;
    final ProposalStatus outcome = p.status().ended() ? null : t.outcome(params, totalSupply);
    return new TallyResult(Quantities.of(p.id()), GovNames.of(p.status()), t.yes().toShortHexString(),
        t.no().toShortHexString(), t.abstain().toShortHexString(), t.noWithVeto().toShortHexString(),
        t.total().toShortHexString(), totalSupply.toShortHexString(), Quantities.of(params.quorumBps()),
        Quantities.of(params.thresholdBps()), Quantities.of(params.vetoBps()),
        t.quorumReached(params, totalSupply), threshold, vetoed, outcome == null ? null : GovNames.of(outcome));
  }
}
