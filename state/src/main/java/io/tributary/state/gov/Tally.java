package io.tributary.state.gov;

import io.tributary.core.types.Wei;
import java.math.BigInteger;

/** The locked tokens behind each option of one proposal, in wei. */
public record Tally(Wei yes, Wei no, Wei abstain, Wei noWithVeto) {
  public static final Tally EMPTY = new Tally(Wei.ZERO, Wei.ZERO, Wei.ZERO, Wei.ZERO);

  public Wei total() {
    return yes.add(no).add(abstain).add(noWithVeto);
  }

  /** What the votes decide under {@code params} with {@code totalSupply}: PASSED, REJECTED or VETOED. */
  public ProposalStatus outcome(final GovParams params, final Wei totalSupply) {
    if (!quorumReached(params, totalSupply)) {
      return ProposalStatus.REJECTED;
    }
    final BigInteger all = total().toBigInteger();
    if (noWithVeto.toBigInteger().multiply(BPS).compareTo(all.multiply(BigInteger.valueOf(params.vetoBps()))) > 0) {
      return ProposalStatus.VETOED;
    }
    final BigInteger sides = all.subtract(abstain.toBigInteger());
    if (sides.signum() > 0 && yes.toBigInteger().multiply(BPS)
        .compareTo(sides.multiply(BigInteger.valueOf(params.thresholdBps()))) > 0) {
      return ProposalStatus.PASSED;
    }
    return ProposalStatus.REJECTED;
  }

  /** Whether at least quorumBps of the total supply voted (integer arithmetic: total * 10000 >= quorum * supply). */
  public boolean quorumReached(final GovParams params, final Wei totalSupply) {
    return total().toBigInteger().multiply(BPS)
        .compareTo(totalSupply.toBigInteger().multiply(BigInteger.valueOf(params.quorumBps()))) >= 0;
  }

  private static final BigInteger BPS = BigInteger.valueOf(10_000);
}
