package io.tributary.node.network;

import io.tributary.consensus.txpool.PoolHeadState;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.validation.ValidationResult;
import io.tributary.p2p.MessageHandler;
import io.tributary.p2p.NodeId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spreads transactions between pools. Every transaction this node's pool admits (from JSON-RPC or from a peer) is
 * announced once to all peers, batched every few milliseconds; a received batch is offered to the pool, so a
 * transaction crosses each link about once and stops where it is already known. A batch with a transaction no node
 * could ever accept (a bad signature, a wrong chain) marks its sender as misbehaving.
 */
public final class TransactionGossip implements MessageHandler, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionGossip.class);
  /** Refusals that no state makes right: only a broken or hostile peer sends these. */
  private static final Set<TransactionInvalidReason> MALFORMED = EnumSet.of(TransactionInvalidReason.WRONG_CHAIN_ID,
      TransactionInvalidReason.UNSUPPORTED_TYPE, TransactionInvalidReason.INVALID_SIGNATURE,
      TransactionInvalidReason.SIGNATURE_S_TOO_HIGH, TransactionInvalidReason.SENDER_NOT_RECOVERABLE,
      TransactionInvalidReason.INTRINSIC_GAS_TOO_LOW, TransactionInvalidReason.PRIORITY_FEE_ABOVE_MAX_FEE);
  private static final int FLUSH_MILLIS = 20;
  private static final int MAX_BATCH = 1024;

  private final TransactionPool pool;
  private final Supplier<PoolHeadState> head;
  private final Consumer<Bytes> gossip;
  private final BiConsumer<NodeId, String> penalize;
  /** Admits peers' batches off the p2p dispatch thread, which consensus messages share; a full queue drops. */
  private final ThreadPoolExecutor intake = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
      new ArrayBlockingQueue<>(256), r -> {
        final Thread t = new Thread(r, "tx-intake");
        t.setDaemon(true);
        return t;
      }, new ThreadPoolExecutor.DiscardPolicy());
  private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
    final Thread t = new Thread(r, "tx-gossip");
    t.setDaemon(true);
    return t;
  });
  private List<Transaction> pending = new ArrayList<>();

  /**
   * @param gossip floods an encoded {@link TransactionBatch} to the peers
   * @param penalize reports a peer that sent a transaction nobody could accept
   */
  public TransactionGossip(final TransactionPool pool, final Supplier<PoolHeadState> head,
      final Consumer<Bytes> gossip, final BiConsumer<NodeId, String> penalize) {
    this.pool = pool;
    this.head = head;
    this.gossip = gossip;
    this.penalize = penalize;
  }

  /** Starts announcing what the pool admits. */
  public void start() {
    pool.subscribe(this::announce);
    flusher.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
  }

  private synchronized void announce(final Transaction tx) {
    pending.add(tx);
  }

  private void flush() {
    final List<Transaction> batch;
    synchronized (this) {
      if (pending.isEmpty()) {
        return;
      }
      batch = pending;
      pending = new ArrayList<>();
    }
    try {
      for (int from = 0; from < batch.size(); from += MAX_BATCH) {
        gossip.accept(TransactionBatch.encode(batch.subList(from, Math.min(batch.size(), from + MAX_BATCH))));
      }
    } catch (final RuntimeException e) {
      LOG.warn("Could not gossip {} transactions", batch.size(), e);
    }
  }

  /**
   * Offers a peer's batch to the pool, on the intake thread: signature recovery of thousands of transactions must not
   * hold the p2p dispatch thread that consensus messages share. A batch is never forwarded as it is: what the pool
   * admits is announced by {@link #announce}, so the verdict is IGNORE (a malformed batch fails to decode, which p2p
   * penalises).
   */
  @Override
  public Verdict handle(final NodeId from, final Bytes payload) {
    final List<Transaction> transactions = TransactionBatch.decode(payload);
    intake.execute(() -> admit(from, transactions));
    return Verdict.IGNORE;
  }

  private void admit(final NodeId from, final List<Transaction> transactions) {
    final PoolHeadState state = head.get();
    for (final Transaction tx : transactions) {
      if (pool.get(tx.hash()).isPresent()) {
        continue;
      }
      final ValidationResult<TransactionInvalidReason> added = pool.add(tx, state);
      if (!added.isValid() && MALFORMED.contains(added.reason().orElseThrow())) {
        LOG.debug("Peer {} gossiped an invalid transaction {}: {}", from, tx.hash(), added.message());
        penalize.accept(from, "invalid transaction " + tx.hash() + ": " + added.message());
        return;
      }
    }
  }

  @Override
  public void close() {
    intake.shutdownNow();
    flusher.shutdownNow();
  }
}
