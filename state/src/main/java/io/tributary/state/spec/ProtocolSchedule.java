package io.tributary.state.spec;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Protocol specs keyed by the height they start at: the fork schedule as data. The forks a release ships with are
 * fixed when it is built; upgrades governance schedules on the chain are added as the node learns of them
 * ({@link #scheduleUpgrade}), always for heights above the block that scheduled them, so every node that imported that
 * block applies the same rules to the same heights.
 */
public final class ProtocolSchedule {
  private final NavigableMap<Long, ProtocolSpec> byStartHeight;
  private final NavigableMap<Long, String> missingUpgrades = new ConcurrentSkipListMap<>();
  private final KnownUpgrades known;
  private final long chainId;

  private ProtocolSchedule(final long chainId, final NavigableMap<Long, ProtocolSpec> byStartHeight,
      final KnownUpgrades known) {
    this.chainId = chainId;
    this.byStartHeight = new ConcurrentSkipListMap<>(byStartHeight);
    this.known = known;
  }

  public static Builder builder(final long chainId) {
    return new Builder(chainId);
  }

  public long chainId() {
    return chainId;
  }

  /** The spec that governs the block at {@code height}. */
  public ProtocolSpec specAt(final long height) {
    if (height < 0) {
      throw new IllegalArgumentException("negative height " + height);
    }
    return byStartHeight.floorEntry(height).getValue();
  }

  /** Every fork with its start height, in height order. */
  public Map<Long, ProtocolSpec> forks() {
    return Collections.unmodifiableNavigableMap(byStartHeight);
  }

  /** The upgrades this release can apply when the chain schedules them. */
  public KnownUpgrades knownUpgrades() {
    return known;
  }

  /**
   * Enters upgrade {@code name}, scheduled on the chain for {@code height}: a known one becomes the fork starting
   * there (built from the spec in force before it); an unknown one marks that height as one this node cannot
   * process. Scheduling the same upgrade again changes nothing. Returns whether this release knows it.
   */
  public synchronized boolean scheduleUpgrade(final String name, final long height) {
    if (height <= 0) {
      throw new IllegalArgumentException("an upgrade activates above the genesis block, not at " + height);
    }
    final Optional<ProtocolSpec> upgraded = known.apply(name, specAt(height - 1));
    if (upgraded.isEmpty()) {
      missingUpgrades.putIfAbsent(height, name);
      return false;
    }
    final ProtocolSpec present = byStartHeight.get(height);
    if (present == null || !present.name().equals(name)) {
      byStartHeight.put(height, upgraded.get());
    }
    return true;
  }

  /** The first upgrade in force at {@code height} that this release does not know, with its activation height. */
  public Optional<Map.Entry<Long, String>> missingUpgradeAt(final long height) {
    final Map.Entry<Long, String> first = missingUpgrades.firstEntry();
    return first != null && first.getKey() <= height ? Optional.of(first) : Optional.empty();
  }

  /** Collects forks; the schedule must start at height 0. */
  public static final class Builder {
    private final long chainId;
    private final TreeMap<Long, ProtocolSpec> specs = new TreeMap<>();
    private KnownUpgrades known = KnownUpgrades.NONE;

    private Builder(final long chainId) {
      this.chainId = chainId;
    }

    public Builder fork(final long startHeight, final ProtocolSpec spec) {
      if (specs.putIfAbsent(startHeight, spec) != null) {
        throw new IllegalArgumentException("two forks start at height " + startHeight);
      }
      return this;
    }

    public Builder knownUpgrades(final KnownUpgrades value) {
      this.known = value;
      return this;
    }

    public ProtocolSchedule build() {
      if (!specs.containsKey(0L)) {
        throw new IllegalStateException("a protocol schedule needs a spec starting at height 0");
      }
      return new ProtocolSchedule(chainId, specs, known);
    }
  }
}
