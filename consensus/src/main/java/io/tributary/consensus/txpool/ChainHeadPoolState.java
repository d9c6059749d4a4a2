package io.tributary.consensus.txpool;

import io.tributary.consensus.chain.NextBlockRules;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.transaction.TransactionValidator;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.world.Account;
import io.tributary.state.world.WorldState;
import io.tributary.state.world.WorldStateArchive;

/** The pool's view of a head block: its state, and the spec and base fee of the block after it. */
public final class ChainHeadPoolState implements PoolHeadState {
  private final WorldState state;
  private final WorldStateArchive archive;
  private final BlockHeader head;
  private final ProtocolSpec nextSpec;
  private final Wei nextBaseFee;
  /** The last account read: the pool asks nonce, balance and code of one sender in a row (one state read, not 3). */
  private volatile Read last;

  private record Read(Address address, java.util.Optional<Account> account) {}

  /** {@code rules}: the node's, so the head's next-block rules are read from state once, not per transaction. */
  public ChainHeadPoolState(final BlockHeader head, final WorldStateArchive archive, final ProtocolSchedule schedule,
      final NextBlockRules rules) {
    this.state = archive.at(head.stateRoot());
    this.archive = archive;
    this.head = head;
    this.nextSpec = schedule.specAt(head.number() + 1);
    this.nextBaseFee = rules.forChildOf(head).baseFee();
  }

  private java.util.Optional<Account> account(final Address address) {
    final Read read = last;
    if (read != null && read.address().equals(address)) {
      return read.account();
    }
    final java.util.Optional<Account> account = state.account(address);
    last = new Read(address, account);
    return account;
  }

  @Override
  public long nonce(final Address account) {
    return account(account).map(Account::nonce).orElse(0L);
  }

  @Override
  public Wei balance(final Address account) {
    return account(account).map(Account::balance).orElse(Wei.ZERO);
  }

  @Override
  public boolean hasCode(final Address account) {
    return account(account).map(Account::hasCode).orElse(false);
  }

  @Override
  public Wei nextBaseFee() {
    return nextBaseFee;
  }

  @Override
  public ValidationResult<TransactionInvalidReason> checkClaims(final Transaction tx) {
    return nextSpec.ai().checkClaims(new WorldUpdaterEvmWorld(archive.updater(head.stateRoot())), head.number() + 1,
        tx);
  }

  @Override
  public TransactionValidator validator() {
    return nextSpec.transactionValidator();
  }
}
