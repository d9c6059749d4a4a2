package io.tributary.state.gov;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;

/**
 * One proposal as stored. {@code recipient} and {@code amount} are a treasury spend's; {@code parameter} and
 * {@code amount} (the new value) a parameter change's. Blocks: deposits are taken while block &lt; depositEnd, votes
 * while votingStart &lt;= block &lt; votingEnd (both 0 until the minimum deposit is reached). {@code depositsForfeited}:
 * finalize sent the deposits to the treasury (vetoed, or below quorum); otherwise each is refundable once it ended.
 */
public record Proposal(long id, ProposalKind kind, Address proposer, String title, String description,
    Address recipient, Wei amount, String parameter, ProposalStatus status, long submittedAt, long depositEnd,
    long votingStart, long votingEnd, Wei totalDeposit, Tally tally, boolean depositsForfeited) {}
