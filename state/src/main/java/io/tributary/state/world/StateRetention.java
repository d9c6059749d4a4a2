package io.tributary.state.world;

/**
 * How much state history a node keeps. {@link #archive()} keeps every committed state; {@link #lastBlocks(int)}
 * keeps the states of the last n canonical blocks (n at least {@value #MIN_BLOCKS}) and deletes trie nodes no longer
 * reachable from any of them every {@link #pruneInterval()} blocks.
 */
public final class StateRetention {
  /** The fewest states a pruning node keeps: the window the issue asks for, and what peers may ask of a full node. */
  public static final int MIN_BLOCKS = 128;
  /** Between two pruning passes; a pass marks the whole retained state, so it should not run after every block. */
  public static final int DEFAULT_PRUNE_INTERVAL = 32;
  /** Deletions per storage transaction: bounds the pause a sweep causes and the memory a transaction buffers. */
  public static final int DEFAULT_SWEEP_BATCH = 10_000;

  private final int blocks;
  private final int pruneInterval;
  private final int sweepBatch;

  private StateRetention(final int blocks, final int pruneInterval, final int sweepBatch) {
    this.blocks = blocks;
    this.pruneInterval = pruneInterval;
    this.sweepBatch = sweepBatch;
  }

  /** Every committed state stays readable; nothing is ever deleted. */
  public static StateRetention archive() {
    return new StateRetention(0, 0, 0);
  }

  /** The node's default: the last {@value #MIN_BLOCKS} blocks' states. */
  public static StateRetention defaults() {
    return lastBlocks(MIN_BLOCKS);
  }

  /** The states of the head and the {@code blocks - 1} blocks before it stay readable. */
  public static StateRetention lastBlocks(final int blocks) {
    if (blocks < MIN_BLOCKS) {
      throw new IllegalArgumentException("a pruning node keeps at least " + MIN_BLOCKS + " blocks' states, not " + blocks);
    }
    return new StateRetention(blocks, DEFAULT_PRUNE_INTERVAL, DEFAULT_SWEEP_BATCH);
  }

  /** Prunes after every {@code interval}-th block (block numbers divisible by it). */
  public StateRetention pruningEvery(final int interval) {
    requirePruning();
    if (interval < 1) {
      throw new IllegalArgumentException("the prune interval is at least one block, not " + interval);
    }
    return new StateRetention(blocks, interval, sweepBatch);
  }

  /** Deletes at most {@code nodes} trie nodes per storage transaction. */
  public StateRetention sweepingInBatchesOf(final int nodes) {
    requirePruning();
    if (nodes < 1) {
      throw new IllegalArgumentException("a sweep batch holds at least one node, not " + nodes);
    }
    return new StateRetention(blocks, pruneInterval, nodes);
  }

  public boolean isArchive() {
    return blocks == 0;
  }

  /** How many of the latest blocks' states stay readable; 0 in archive mode (all of them). */
  public int blocks() {
    return blocks;
  }

  public int pruneInterval() {
    return pruneInterval;
  }

  public int sweepBatch() {
    return sweepBatch;
  }

  /** The oldest block whose state is kept while {@code head} is the head. */
  public long oldestRetained(final long head) {
    return isArchive() ? 0 : Math.max(0, head - blocks + 1);
  }

  /** True when a pruning pass is due right after committing block {@code number}. */
  public boolean pruneAfter(final long number) {
    return !isArchive() && number > 0 && number % pruneInterval == 0;
  }

  private void requirePruning() {
    if (isArchive()) {
      throw new IllegalStateException("an archive node prunes nothing");
    }
  }

  @Override
  public String toString() {
    return isArchive() ? "archive" : "last " + blocks + " blocks (pruned every " + pruneInterval + ")";
  }
}
