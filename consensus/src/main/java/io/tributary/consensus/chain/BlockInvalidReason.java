package io.tributary.consensus.chain;

/** Why a block is refused. */
public enum BlockInvalidReason {
  UNKNOWN_PARENT,
  NOT_A_CHILD_OF_HEAD,
  WRONG_NUMBER,
  TIMESTAMP_NOT_AFTER_PARENT,
  /** The gas limit is not the parent's, or the one governance set in the parent's state. */
  WRONG_GAS_LIMIT,
  WRONG_BASE_FEE,
  WRONG_FORK_FIELDS,
  MALFORMED_EXTRA_DATA,
  WRONG_VALIDATOR_SET,
  MISSING_PROPOSER_SEAL,
  WRONG_PROPOSER,
  INSUFFICIENT_PARENT_COMMIT_SEALS,
  /** A block's own finality certificate (range sync, the head) lacks a quorum of its validators' seals. */
  INSUFFICIENT_COMMIT_SEALS,
  UNEXPECTED_OMMERS_OR_WITHDRAWALS,
  TRANSACTIONS_ROOT_MISMATCH,
  INVALID_TRANSACTION,
  GAS_USED_MISMATCH,
  RECEIPTS_ROOT_MISMATCH,
  LOGS_BLOOM_MISMATCH,
  STATE_ROOT_MISMATCH,
  /** The block's height activates a protocol upgrade this node's release does not know: it halts. */
  UNKNOWN_UPGRADE
}
