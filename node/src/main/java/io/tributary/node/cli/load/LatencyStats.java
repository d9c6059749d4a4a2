package io.tributary.node.cli.load;

import java.util.Arrays;

/** Confirmation latencies in milliseconds, with nearest-rank percentiles. Thread-safe. */
public final class LatencyStats {
  private long[] values = new long[1024];
  private int size;

  public synchronized void add(final long millis) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = millis;
  }

  public synchronized int count() {
    return size;
  }

  /** A summary of what was added so far. */
  public synchronized Summary summary() {
    if (size == 0) {
      return new Summary(0, 0, 0, 0, 0, 0, 0);
    }
    final long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    long sum = 0;
    for (final long v : sorted) {
      sum += v;
    }
    return new Summary(size, sorted[0], percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
        sorted[size - 1], sum / size);
  }

  /** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
  static long percentile(final long[] sorted, final int p) {
    final int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** Counts and milliseconds. */
  public record Summary(int count, long min, long p50, long p90, long p99, long max, long mean) {}
}
