package io.tributary.consensus.bft.statemachine;

import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.core.types.Hash;
import java.util.LinkedHashMap;
import java.util.Map;

/** What arrived for one round of the current height, and which once-per-round rules already fired. */
final class RoundState {
  /** At most two distinct proposals are kept: a second one is proof of an equivocating proposer already. */
  static final int MAX_PROPOSALS = 2;

  final int round;
  final Map<Hash, BftMessage> proposals = new LinkedHashMap<>();
  final VoteSet prepares = new VoteSet();
  final VoteSet commits = new VoteSet();
  boolean prepareTimeoutScheduled;
  boolean commitTimeoutScheduled;
  /** Tendermint line 36 ran for this round (lock / valid value on a quorum of prepares). */
  boolean preparedSeen;

  RoundState(final int round) {
    this.round = round;
  }
}
