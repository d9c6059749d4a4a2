package io.tributary.consensus.txpool;

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
}
