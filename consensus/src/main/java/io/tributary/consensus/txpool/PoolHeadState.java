package io.tributary.consensus.txpool;

import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.validation.ValidationResult;
import io.tributary.core.transaction.TransactionValidator;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;

/** What the pool checks newcomers against: the head state and the rules and base fee of the next block. */
public interface PoolHeadState {
  long nonce(Address account);

  Wei balance(Address account);

  boolean hasCode(Address account);

  /** The base fee the next block will carry. */
  Wei nextBaseFee();

  /** The stateless rules of the next block's protocol spec. */
  TransactionValidator validator();

  /** Whether an attribution call claims what the poa-engine computes on the head state (valid for other calls). */
  default ValidationResult<TransactionInvalidReason> checkClaims(final Transaction tx) {
    return ValidationResult.valid();
  }
}
