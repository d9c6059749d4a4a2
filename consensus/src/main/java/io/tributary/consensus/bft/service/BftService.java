package io.tributary.consensus.bft.service;

import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.consensus.bft.message.BftMessageCodec;
import io.tributary.consensus.bft.ports.BftChain;
import io.tributary.consensus.bft.ports.BftPorts;
import io.tributary.consensus.bft.ports.BftSyncHint;
import io.tributary.consensus.bft.statemachine.BftConfig;
import io.tributary.consensus.bft.statemachine.BftController;
import io.tributary.consensus.bft.statemachine.Timeout;
import io.tributary.consensus.bft.validation.MessageInvalidReason;
import io.tributary.consensus.bft.wal.BftWal;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link BftController} on one event thread ("bft-events") fed by a queue, with real timers on that same
 * thread. Every port is called on the event thread; the methods below may be called from any thread.
 *
 * <p>Peer messages are decoded and authenticated on the caller's thread (so a p2p thread pays for signature
 * recovery and learns at once whether the bytes were malformed), then queued; at most {@link #MAX_QUEUED_MESSAGES}
 * wait, beyond which new ones are dropped (the engine's retransmissions recover them).
 */
public final class BftService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BftService.class);
  public static final int MAX_QUEUED_MESSAGES = 10_000;

  private final BftMessageCodec codec;
  private final BftController controller;
  private final ScheduledThreadPoolExecutor events = newEventThread();

  private final AtomicInteger queuedMessages = new AtomicInteger();
  private final BftWal wal;
  private final BftChain chain;
  private volatile HeadValidators headValidators;
  private volatile boolean closed;
  private long lastSyncHintMillis = Long.MIN_VALUE / 2;
  private final Clock clock;

  /**
   * @param config timing and bounds
   * @param codec this chain's message codec
   * @param key this validator's key (a node outside the validator set follows decisions without signing)
   * @param ports the node's ports; their {@code timers} are ignored (the service schedules on its thread)
   * @param wal the consensus write-ahead log (a {@code FileBftWal} in the node's data directory)
   * @param clock wall clock for logs (decision latency, sync-hint rate); the controller never reads it
   */
  public BftService(final BftConfig config, final BftMessageCodec codec, final KeyPair key, final BftPorts ports,
      final BftWal wal, final Clock clock) {
    this.codec = codec;
    this.chain = ports.chain();
    this.wal = wal;
    this.clock = clock;
    final BftSyncHint loggedHint = (own, highest, count) -> {
      final long now = clock.millis();
      if (now - lastSyncHintMillis >= 5_000) {
        lastSyncHintMillis = now;
        LOG.info("Behind: deciding height {} while {} validator(s) sign messages up to height {}; syncing", own,
            count, highest);
      }
      ports.syncHint().behind(own, highest, count);
    };
    final BftPorts running = new BftPorts(ports.chain(), ports.proposals(), ports.blockValidator(), ports.gossip(),
        this::schedule, ports.finalized(), loggedHint, new LoggingBftEventListener(clock, ports.listener()));
    this.controller = new BftController(config, codec, key, running, wal);
  }

  /**
   * Starts the engine on its thread and waits until it has restored its WAL and entered the height after the head.
   * A damaged WAL ({@code WalCorruptedException}) is thrown here: the validator must not run.
   */
  public void start() {
    try {
      events.submit(controller::start).get();
    } catch (final ExecutionException e) {
      final Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("BFT engine failed to start", cause);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the BFT engine", e);
    }
  }

  /**
   * A consensus message from {@code sender} (for logs): decoded here, handled on the event thread. Malformed bytes
   * are {@link MessageInvalidReason#MALFORMED} (the node may penalise the peer); a message whose author is not in
   * the validator set after the head is {@link MessageInvalidReason#NOT_A_VALIDATOR} (the node should not relay it:
   * anyone can sign); anything else is accepted for processing (the engine's own checks come later and do not
   * reflect on the relaying peer).
   */
  public ValidationResult<MessageInvalidReason> onMessage(final Bytes encoded, final String sender) {
    final BftMessage message;
    try {
      message = codec.decode(encoded);
    } catch (final DecodingException e) {
      LOG.debug("Malformed consensus message from {}: {}", sender, e.getMessage());
      return ValidationResult.invalid(MessageInvalidReason.MALFORMED, e.getMessage());
    }
    if (!validatorsAfterHead().contains(message.author())) {
      return ValidationResult.invalid(MessageInvalidReason.NOT_A_VALIDATOR, message.author() + " is not a validator");
    }
    if (queuedMessages.incrementAndGet() > MAX_QUEUED_MESSAGES) {
      queuedMessages.decrementAndGet();
      LOG.debug("Consensus queue full; dropping {} from {}", message, sender);
      return ValidationResult.valid();
    }
    run("message " + message, () -> {
      queuedMessages.decrementAndGet();
      controller.handleMessage(message);
    });
    return ValidationResult.valid();
  }

  /** The validator set of the height after the head, read once per head (messages arrive on other threads). */
  private List<Address> validatorsAfterHead() {
    final BlockHeader head = chain.head();
    final HeadValidators known = headValidators;
    if (known != null && known.head().equals(head.hash())) {
      return known.validators();
    }
    final List<Address> validators = chain.validatorsAfter(head);
    headValidators = new HeadValidators(head.hash(), validators);
    return validators;
  }

  private record HeadValidators(Hash head, List<Address> validators) {}

  /** The chain's head changed (a decided block imported, or blocks range-synced). */
  public void onNewChainHead(final BlockHeader head) {
    run("new head " + head.number(), () -> controller.handleNewChainHead(head));
  }

  private void schedule(final Timeout timeout, final long delayMillis) {
    if (closed) {
      return;
    }
    try {
      events.schedule(() -> guarded("timeout " + timeout, () -> controller.handleTimeout(timeout)), delayMillis,
          TimeUnit.MILLISECONDS);
    } catch (final RejectedExecutionException e) {
      // closing
    }
  }

  private void run(final String what, final Runnable action) {
    if (closed) {
      return;
    }
    try {
      events.execute(() -> guarded(what, action));
    } catch (final RejectedExecutionException e) {
      // closing
    }
  }

  private void guarded(final String what, final Runnable action) {
    try {
      action.run();
    } catch (final RuntimeException e) {
      LOG.error("BFT engine failed handling {}", what, e);
    }
  }

  /** A snapshot of the engine's position, read on the event thread (for status endpoints and tests). */
  public String describe() {
    try {
      return events.submit(controller::toString).get(5, TimeUnit.SECONDS);
    } catch (final Exception e) {
      return "unavailable: " + e;
    }
  }

  private static ScheduledThreadPoolExecutor newEventThread() {
    final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
      final Thread thread = new Thread(r, "bft-events");
      thread.setDaemon(true);
      return thread;
    });
    // On close, pending timers are dropped rather than run.
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    return executor;
  }

  @Override
  public void close() {
    closed = true;
    // Let the event in hand finish (an interrupt would close the WAL's channel mid-write), drop the queued rest.
    events.getQueue().clear();
    events.shutdown();
    try {
      if (!events.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("The BFT event thread did not stop within 10 s");
        events.shutdownNow();
      }
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      events.shutdownNow();
    }
    wal.close();
    LOG.debug("BFT engine stopped at {}", clock.instant());
  }
}
