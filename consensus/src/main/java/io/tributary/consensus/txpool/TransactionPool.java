package io.tributary.consensus.txpool;

import io.tributary.core.block.Block;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.processing.TransactionFees;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Pending transactions, per sender in nonce order. Newcomers are checked against the head state and the next block's
 * rules and refused with a precise reason; a pooled transaction is replaced only by one paying at least
 * {@code priceBumpPercent} more on both fee cap and tip; when full, the cheapest transaction goes (with the same
 * sender's later ones, which could no longer run). Block producers take executable transactions best-paying first.
 * Thread-safe: RPC threads add while the producer selects.
 */
public final class TransactionPool {
  private final TransactionPoolConfig config;
  private final Map<Address, NavigableMap<Long, PooledTransaction>> bySender = new LinkedHashMap<>();
  private final Map<Hash, PooledTransaction> byHash = new HashMap<>();
  private final TreeSet<PooledTransaction> byPrice = new TreeSet<>(PooledTransaction.CHEAPEST_FIRST);
  private final List<Consumer<Transaction>> listeners = new CopyOnWriteArrayList<>();
  private long sequence;

  public TransactionPool(final TransactionPoolConfig config) {
    this.config = config;
  }

  /** Called with every transaction the pool accepts (for newPendingTransactions subscribers and gossip). */
  public void subscribe(final Consumer<Transaction> listener) {
    listeners.add(listener);
  }

  /** Admits {@code tx} if it could run on top of {@code head} (allowing nonce gaps), or says why not. */
  public ValidationResult<TransactionInvalidReason> add(final Transaction tx, final PoolHeadState head) {
    // Stateless checks include recovering the sender, the costly part: done outside the lock, in parallel.
    final int size = tx.encoded().size();
    if (size > config.maxTransactionBytes()) {
      return ValidationResult.invalid(TransactionInvalidReason.OVERSIZED, "oversized data: transaction of " + size
          + " bytes exceeds the pool's limit of " + config.maxTransactionBytes());
    }
    final ValidationResult<TransactionInvalidReason> stateless = head.validator().validate(tx);
    if (!stateless.isValid()) {
      return stateless;
    }
    // An attribution call's claims are checked on the poa-engine, also outside the lock.
    final ValidationResult<TransactionInvalidReason> claims = head.checkClaims(tx);
    if (!claims.isValid()) {
      return claims;
    }
    final ValidationResult<TransactionInvalidReason> result;
    synchronized (this) {
      result = admit(tx, head);
    }
    if (result.isValid()) {
      listeners.forEach(listener -> listener.accept(tx));
    }
    return result;
  }

  private ValidationResult<TransactionInvalidReason> admit(final Transaction tx, final PoolHeadState head) {
    if (byHash.containsKey(tx.hash())) {
      return ValidationResult.invalid(TransactionInvalidReason.ALREADY_KNOWN, "already known");
    }
    final Address sender = tx.sender().orElseThrow();
    final long stateNonce = head.nonce(sender);
    if (tx.nonce() < stateNonce) {
      return ValidationResult.invalid(TransactionInvalidReason.NONCE_TOO_LOW,
          "nonce too low: address " + sender + ", tx: " + tx.nonce() + " state: " + stateNonce);
    }
    if (tx.nonce() - stateNonce >= config.maxPerSender()) {
      return ValidationResult.invalid(TransactionInvalidReason.SENDER_LIMIT_REACHED, "txpool is full for sender "
          + sender + ": nonce " + tx.nonce() + " is " + config.maxPerSender() + " or more ahead of " + stateNonce);
    }
    final Wei baseFee = head.nextBaseFee();
    if (TransactionFees.feeCap(tx).compareTo(baseFee) < 0) {
      return ValidationResult.invalid(TransactionInvalidReason.FEE_CAP_BELOW_BASE_FEE,
          "max fee per gas less than block base fee: address " + sender + ", maxFeePerGas: "
              + TransactionFees.feeCap(tx).toBigInteger() + ", baseFee: " + baseFee.toBigInteger());
    }
    final Wei balance = head.balance(sender);
    final Wei cost = TransactionFees.upfrontCost(tx);
    if (cost.compareTo(balance) > 0) {
      return ValidationResult.invalid(TransactionInvalidReason.UPFRONT_COST_EXCEEDS_BALANCE,
          "insufficient funds for gas * price + value: address " + sender + " have " + balance.toBigInteger()
              + " want " + cost.toBigInteger());
    }
    if (head.hasCode(sender)) {
      return ValidationResult.invalid(TransactionInvalidReason.SENDER_HAS_CODE,
          "sender not an eoa: address " + sender + " has code (EIP-3607)");
    }
    final NavigableMap<Long, PooledTransaction> queue = bySender.get(sender);
    final PooledTransaction existing = queue == null ? null : queue.get(tx.nonce());
    if (existing != null) {
      if (!paysEnoughMore(existing.transaction(), tx)) {
        return ValidationResult.invalid(TransactionInvalidReason.REPLACEMENT_UNDERPRICED,
            "replacement transaction underpriced: fee cap and tip must both be at least " + config.priceBumpPercent()
                + "% above those of " + existing.transaction().hash());
      }
      remove(existing);
    } else if (byHash.size() >= config.maxTransactions()) {
      final PooledTransaction cheapest = byPrice.first();
      final PooledTransaction candidate = new PooledTransaction(tx, sender, Long.MAX_VALUE);
      if (PooledTransaction.CHEAPEST_FIRST.compare(candidate, cheapest) <= 0) {
        return ValidationResult.invalid(TransactionInvalidReason.POOL_FULL, "txpool is full: transaction pays less"
            + " than the cheapest of the " + config.maxTransactions() + " pooled");
      }
      evictFrom(cheapest);
    }
    final PooledTransaction pooled = new PooledTransaction(tx, sender, sequence++);
    bySender.computeIfAbsent(sender, s -> new TreeMap<>()).put(tx.nonce(), pooled);
    byHash.put(tx.hash(), pooled);
    byPrice.add(pooled);
    return ValidationResult.valid();
  }

  private boolean paysEnoughMore(final Transaction old, final Transaction replacement) {
    return bumped(TransactionFees.feeCap(replacement), TransactionFees.feeCap(old))
        && bumped(TransactionFees.tipCap(replacement), TransactionFees.tipCap(old));
  }

  private boolean bumped(final Wei offered, final Wei previous) {
    // offered * 100 >= previous * (100 + bump), in integers.
    return offered.toBigInteger().multiply(BigInteger.valueOf(100))
        .compareTo(previous.toBigInteger().multiply(BigInteger.valueOf(100L + config.priceBumpPercent()))) >= 0;
  }

  /** Removes {@code victim} and the same sender's later transactions, which could no longer run. */
  private void evictFrom(final PooledTransaction victim) {
    final NavigableMap<Long, PooledTransaction> queue = bySender.get(victim.sender());
    new ArrayList<>(queue.tailMap(victim.nonce(), true).values()).forEach(this::remove);
  }

  private void remove(final PooledTransaction pooled) {
    byHash.remove(pooled.transaction().hash());
    byPrice.remove(pooled);
    final NavigableMap<Long, PooledTransaction> queue = bySender.get(pooled.sender());
    if (queue != null) {
      queue.remove(pooled.nonce());
      if (queue.isEmpty()) {
        bySender.remove(pooled.sender());
      }
    }
  }

  public synchronized Optional<Transaction> get(final Hash hash) {
    return Optional.ofNullable(byHash.get(hash)).map(PooledTransaction::transaction);
  }

  public synchronized int size() {
    return byHash.size();
  }

  /** The nonce the sender's next transaction should carry: past its contiguous pooled run, if it has one. */
  public synchronized OptionalLong nextNonce(final Address sender, final long stateNonce) {
    final NavigableMap<Long, PooledTransaction> queue = bySender.get(sender);
    if (queue == null || !queue.containsKey(stateNonce)) {
      return OptionalLong.empty();
    }
    long next = stateNonce;
    while (queue.containsKey(next)) {
      next++;
    }
    return OptionalLong.of(next);
  }

  /**
   * Transactions that can run now, best tip first: each sender's contiguous run from its state nonce, merged across
   * senders by effective tip at {@code baseFee} (arrival order breaks ties). Transactions whose fee cap is below the
   * base fee wait.
   */
  public synchronized List<Transaction> executable(final Wei baseFee, final ToLongFunction<Address> stateNonce) {
    // Each candidate's effective tip is computed once, when it enters the heap, not in every comparison: the
    // comparator's Wei arithmetic was most of a proposal's build time with a pool of thousands (benchmarks/testnet.md).
    final PriorityQueue<Candidate> heads = new PriorityQueue<>(Candidate.BEST_FIRST);
    for (final Map.Entry<Address, NavigableMap<Long, PooledTransaction>> entry : bySender.entrySet()) {
      final PooledTransaction first = entry.getValue().get(stateNonce.applyAsLong(entry.getKey()));
      if (first != null && TransactionFees.feeCap(first.transaction()).compareTo(baseFee) >= 0) {
        heads.add(new Candidate(first, TransactionFees.effectiveTip(first.transaction(), baseFee)));
      }
    }
    final List<Transaction> ordered = new ArrayList<>(byHash.size());
    while (!heads.isEmpty()) {
      final PooledTransaction next = heads.poll().pooled();
      ordered.add(next.transaction());
      final PooledTransaction following = bySender.get(next.sender()).get(next.nonce() + 1);
      if (following != null && TransactionFees.feeCap(following.transaction()).compareTo(baseFee) >= 0) {
        heads.add(new Candidate(following, TransactionFees.effectiveTip(following.transaction(), baseFee)));
      }
    }
    return ordered;
  }

  /** A sender's next executable transaction with its effective tip at the base fee being selected for. */
  private record Candidate(PooledTransaction pooled, Wei tip) {
    static final Comparator<Candidate> BEST_FIRST = Comparator.comparing(Candidate::tip).reversed()
        .thenComparingLong(c -> c.pooled().sequence());
  }

  /** Drops {@code tx} (the producer found it could not run) and the same sender's later ones. */
  public synchronized void drop(final Transaction tx) {
    final PooledTransaction pooled = byHash.get(tx.hash());
    if (pooled != null) {
      evictFrom(pooled);
    }
  }

  /** Forgets transactions the new head made stale: those of its senders below their new state nonces. */
  public synchronized void onBlockAdded(final Block block, final ToLongFunction<Address> stateNonce) {
    final Map<Address, Boolean> senders = new LinkedHashMap<>();
    block.body().transactions().forEach(tx -> tx.sender().ifPresent(s -> senders.put(s, Boolean.TRUE)));
    for (final Address sender : senders.keySet()) {
      final NavigableMap<Long, PooledTransaction> queue = bySender.get(sender);
      if (queue != null) {
        new ArrayList<>(queue.headMap(stateNonce.applyAsLong(sender), false).values()).forEach(this::remove);
      }
    }
  }
}
