package io.tributary.consensus.bft.statemachine;

/** What a timeout is for. */
public enum TimeoutStep {
  /** The block period after the parent was committed: the round-0 proposer proposes when it fires. */
  BLOCK_PERIOD,
  /** No acceptable proposal in time: prepare nil (Tendermint OnTimeoutPropose). */
  PROPOSE,
  /** A quorum prepared but not for one block in time: commit nil (OnTimeoutPrevote). */
  PREPARE,
  /** A quorum committed but not for one block in time: next round (OnTimeoutPrecommit). */
  COMMIT,
  /** Re-send this validator's messages of the round, so lost messages do not stall the network. */
  RETRANSMIT
}
