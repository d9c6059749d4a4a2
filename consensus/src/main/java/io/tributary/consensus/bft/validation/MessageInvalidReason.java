package io.tributary.consensus.bft.validation;

/** Why a well-formed, correctly signed message is not accepted at the current height. */
public enum MessageInvalidReason {
  /** The author is not in the height's validator set. */
  NOT_A_VALIDATOR,
  /** A proposal from someone other than the round's proposer. */
  WRONG_PROPOSER,
  /** The proposed block is not the next block on this validator's head (number or parent hash). */
  NOT_ON_HEAD,
  /** The proposed block's extraData does not decode. */
  MALFORMED_EXTRA_DATA,
  /** The block's round in extraData does not fit the proposal (fresh: equal to it; re-proposed: at most validRound). */
  WRONG_BLOCK_ROUND,
  /** The bytes did not decode (raised by the service, before the controller). */
  MALFORMED
}
