package io.tributary.state.world;

import io.tributary.core.types.Hash;
import java.util.Optional;

/**
 * An updater's changes worked out once: the state root they lead to and the writes that store it.
 * {@link WorldStateArchive#commit(PreparedState, io.tributary.state.storage.StorageTransaction)} applies the writes
 * without hashing again. The writes depend on the updater and on the flat index they were worked out against: a change
 * to the updater makes the preparation stale (refused), a move of the flat index makes the commit work them out again.
 */
public final class PreparedState {
  private final WorldUpdater updater;
  private final long updaterVersion;
  private final Hash root;
  private final Optional<Hash> flatRoot;
  private final boolean replayable;
  private final RecordedWrites writes;

  /**
   * @param flatRoot the flat index's root the writes were worked out against
   * @param replayable false when the flat index moved while they were worked out (they may mix two indexes)
   */
  PreparedState(final WorldUpdater updater, final Hash root, final Optional<Hash> flatRoot, final boolean replayable,
      final RecordedWrites writes) {
    this.updater = updater;
    this.updaterVersion = updater.version();
    this.root = root;
    this.flatRoot = flatRoot;
    this.replayable = replayable;
    this.writes = writes;
  }

  /** The state root after the changes. */
  public Hash root() {
    return root;
  }

  public Hash baseRoot() {
    return updater.baseRoot();
  }

  /** True while the updater has not changed since it was prepared. */
  public boolean isCurrent() {
    return updater.version() == updaterVersion;
  }

  WorldUpdater updater() {
    return updater;
  }

  /** True when this preparation is of {@code candidate} as it is now. */
  boolean describes(final WorldUpdater candidate) {
    return candidate == updater && isCurrent();
  }

  /** True when the recorded writes are right for a transaction whose flat index has {@code flatRootNow}. */
  boolean canReplayOnto(final Optional<Hash> flatRootNow) {
    return replayable && flatRoot.equals(flatRootNow);
  }

  RecordedWrites writes() {
    return writes;
  }
}
