package io.tributary.state.spec;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Protocol specs keyed by the height they start at: the fork schedule as data. */
public final class ProtocolSchedule {
  private final NavigableMap<Long, ProtocolSpec> byStartHeight;
  private final long chainId;

  private ProtocolSchedule(final long chainId, final NavigableMap<Long, ProtocolSpec> byStartHeight) {
    this.chainId = chainId;
    this.byStartHeight = byStartHeight;
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
    return java.util.Collections.unmodifiableNavigableMap(byStartHeight);
  }

  /** Collects forks; the schedule must start at height 0. */
  public static final class Builder {
    private final long chainId;
    private final TreeMap<Long, ProtocolSpec> specs = new TreeMap<>();

    private Builder(final long chainId) {
      this.chainId = chainId;
    }

    public Builder fork(final long startHeight, final ProtocolSpec spec) {
      if (specs.putIfAbsent(startHeight, spec) != null) {
        throw new IllegalArgumentException("two forks start at height " + startHeight);
      }
      return this;
    }

    public ProtocolSchedule build() {
      if (!specs.containsKey(0L)) {
        throw new IllegalStateException("a protocol schedule needs a spec starting at height 0");
      }
      return new ProtocolSchedule(chainId, new TreeMap<>(specs));
    }
  }
}
