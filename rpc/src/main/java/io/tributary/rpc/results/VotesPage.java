package io.tributary.rpc.results;

import java.util.List;

/**
 * {@code gov_getVotes}: the votes cast on a proposal in the order they were cast, from {@code offset}, at most the
 * asked limit; {@code nextOffset} is where the next page starts, null when there is none.
 */
public record VotesPage(String proposalId, List<Vote> votes, String nextOffset) {
  /** One voter's vote: option by name (yes, no, abstain, noWithVeto), weight in wei, and where it was cast. */
  public record Vote(String voter, String option, String weight, String blockNumber, String transactionHash) {}
}
