package io.tributary.node.sync;

import io.tributary.consensus.chain.BlockImporter;
import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.validation.ValidationResult;
import io.tributary.p2p.NodeId;
import io.tributary.state.chain.ChainStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Range sync: while a peer announces a head above ours, asks it for the next blocks with their certificates and
 * imports them (each certificate checked against the block's validators), logging progress. A peer that sends a block
 * that does not verify is penalised and another is asked. Runs on its own thread; {@link #trigger()} wakes it early.
 */
public final class BlockSynchronizer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BlockSynchronizer.class);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final long PROGRESS_EVERY_MILLIS = 5_000;

  private final ChainStore chain;
  private final BlockImporter importer;
  private final SyncPeers peers;
  private final Clock clock;
  private final int batch;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    final Thread t = new Thread(r, "block-sync");
    t.setDaemon(true);
    return t;
  });
  private int nextPeer;
  private volatile Optional<Progress> progress = Optional.empty();

  /** A catch-up in progress: the head it started from and the best head a peer announced. */
  public record Progress(long startingBlock, long highestBlock) {}

  public BlockSynchronizer(final ChainStore chain, final BlockImporter importer, final SyncPeers peers,
      final Clock clock, final int batch) {
    this.chain = chain;
    this.importer = importer;
    this.peers = peers;
    this.clock = clock;
    this.batch = Math.min(batch, BlockRangeRequest.MAX_COUNT);
  }

  /** Checks the peers' heads every {@code interval} (and whenever triggered). */
  public void start(final Duration interval) {
    thread.scheduleWithFixedDelay(this::syncSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Looks for a peer ahead now (a peer announced a new head, or consensus saw validators at a later height). */
  public void trigger() {
    if (!thread.isShutdown()) {
      thread.execute(this::syncSafely);
    }
  }

  private void syncSafely() {
    try {
      syncToBestPeer();
    } catch (final RuntimeException e) {
      LOG.warn("Block sync failed; retrying", e);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Imports blocks until no peer announces a head above ours; the number of blocks imported. */
  public long syncToBestPeer() throws InterruptedException {
    final long start = head().number();
    final long target = bestAnnounced();
    if (target <= start) {
      return 0;
    }
    LOG.info("Syncing from #{} to #{} ({} blocks behind the best peer)", start, target, target - start);
    progress = Optional.of(new Progress(start, target));
    try {
      return catchUp(start, target);
    } finally {
      progress = Optional.empty();
    }
  }

  /** While catching up: where it started and the best head known (eth_syncing); empty at the network's head. */
  public Optional<Progress> progress() {
    return progress;
  }

  private long catchUp(final long start, final long firstTarget) throws InterruptedException {
    long target = firstTarget;
    final long startedAt = clock.millis();
    long lastReport = startedAt;
    int failures = 0;
    while (head().number() < target && failures < 5) {
      final long from = head().number() + 1;
      final Optional<NodeId> peer = peerAt(from);
      if (peer.isEmpty()) {
        break;
      }
      final int count = (int) Math.min(batch, target - from + 1);
      if (fetchAndImport(peer.get(), from, count) == 0) {
        failures++;
      } else {
        failures = 0;
      }
      final long now = clock.millis();
      if (now - lastReport >= PROGRESS_EVERY_MILLIS) {
        final long done = head().number() - start;
        LOG.info("Sync progress: #{} of #{} ({} blocks/s)", head().number(), target,
            done * 1000 / Math.max(1, now - startedAt));
        lastReport = now;
      }
      target = Math.max(target, bestAnnounced());
      progress = Optional.of(new Progress(start, target));
    }
    final long imported = head().number() - start;
    final long millis = Math.max(1, clock.millis() - startedAt);
    if (head().number() >= target) {
      LOG.info("Synced to #{}: {} blocks in {} ms ({} blocks/s)", head().number(), imported, millis,
          imported * 1000 / millis);
    } else {
      LOG.warn("Sync stopped at #{} of #{}: no peer answered with valid blocks; retrying later", head().number(),
          target);
    }
    return imported;
  }

  /** Asks {@code peer} for {@code count} blocks from {@code from}; imports what verifies; the number imported. */
  private int fetchAndImport(final NodeId peer, final long from, final int count) throws InterruptedException {
    final List<FinalBlock> blocks;
    try {
      final Bytes answer = peers.requestBlocks(peer, new BlockRangeRequest(from, count).encoded(), REQUEST_TIMEOUT)
          .get(REQUEST_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
      blocks = FinalBlock.decodeList(answer, count);
    } catch (final ExecutionException | TimeoutException e) {
      LOG.debug("Peer {} did not answer blocks from #{}: {}", peer, from, e.toString());
      return 0;
    } catch (final DecodingException e) {
      peers.penalize(peer, "malformed block range: " + e.getMessage());
      return 0;
    }
    int imported = 0;
    for (final FinalBlock block : blocks) {
      if (block.block().number() != from + imported) {
        peers.penalize(peer, "block range from #" + from + " has #" + block.block().number() + " at position "
            + imported);
        return imported;
      }
      final ValidationResult<BlockInvalidReason> result = importer.importFinal(block.block(), block.certificate());
      if (!result.isValid()) {
        peers.penalize(peer, "invalid block #" + block.block().number() + ": " + result.message());
        LOG.warn("Peer {} sent invalid block #{}: {}", peer, block.block().number(), result.message());
        return imported;
      }
      imported++;
    }
    return imported;
  }

  private long bestAnnounced() {
    return peers.heads().stream().mapToLong(SyncPeers.PeerHead::headNumber).max().orElse(0);
  }

  /** One of the peers at or beyond block {@code number}, taking turns so one slow peer does not hold sync. */
  private Optional<NodeId> peerAt(final long number) {
    final List<SyncPeers.PeerHead> ahead = peers.heads().stream().filter(p -> p.headNumber() >= number)
        .sorted(Comparator.comparing(p -> p.id().toHexString())).toList();
    if (ahead.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ahead.get(Math.floorMod(nextPeer++, ahead.size())).id());
  }

  private BlockHeader head() {
    return chain.headHeader().orElseThrow();
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
