package io.tributary.rpc.results;

import io.tributary.state.gov.Proposal;
import io.tributary.state.gov.ProposalKind;
import io.tributary.state.gov.Tally;

/**
 * A proposal as {@code gov_getProposal} and {@code gov_listProposals} answer it: numbers as QUANTITYs, kind and status
 * by name (text, treasurySpend, parameterChange, validatorChange, upgrade; depositPeriod, votingPeriod, passed,
 * rejected, vetoed, expired, failed). What does not apply is null: recipient unless a treasury spend, parameter and
 * amount (the new value) unless a parameter change or spend, validator and validatorChange ("add" or "remove") unless
 * a validator change, upgrade and activationHeight unless an upgrade, votingStart and votingEnd before the minimum
 * deposit was reached.
 */
public record ProposalResult(String id, String kind, String proposer, String title, String description,
    String recipient, String amount, String parameter, String validator, String validatorChange, String upgrade,
    String activationHeight, String status, String submittedAt, String depositEnd, String votingStart,
    String votingEnd, String totalDeposit, Votes tally, boolean depositsForfeited) {

  /** The wei of locked tokens behind each option. */
  public record Votes(String yes, String no, String abstain, String noWithVeto) {
    public static Votes of(final Tally t) {
      return new Votes(t.yes().toShortHexString(), t.no().toShortHexString(), t.abstain().toShortHexString(),
          t.noWithVeto().toShortHexString());
    }
  }

  public static ProposalResult of(final Proposal p) {
    final boolean voting = p.votingEnd() != 0;
    final ProposalKind kind = p.kind();
    final boolean validatorChange = kind == ProposalKind.VALIDATOR_CHANGE;
    final boolean upgrade = kind == ProposalKind.UPGRADE;
    return new ProposalResult(Quantities.of(p.id()), GovNames.of(kind), p.proposer().toHexString(), p.title(),
        p.description(), kind == ProposalKind.TREASURY_SPEND ? p.recipient().toHexString() : null,
        kind == ProposalKind.TREASURY_SPEND || kind == ProposalKind.PARAMETER_CHANGE ? p.amount().toShortHexString()
            : null,
        kind == ProposalKind.PARAMETER_CHANGE ? p.parameter() : null,
        validatorChange ? p.recipient().toHexString() : null, validatorChange ? p.parameter() : null,
        upgrade ? p.parameter() : null, upgrade ? Quantities.of(p.amount().toUInt256().toLong()) : null,
        GovNames.of(p.status()),
        Quantities.of(p.submittedAt()), Quantities.of(p.depositEnd()),
        voting ? Quantities.of(p.votingStart()) : null, voting ? Quantities.of(p.votingEnd()) : null,
        p.totalDeposit().toShortHexString(), Votes.of(p.tally()), p.depositsForfeited());
  }
}
