package io.tributary.core.log;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * Counts what the node refused or dropped, by reason, and logs the counts as one summary line per interval: a flood of
 * bad input costs the log a line every 30 s, not one per item. Each item is logged at DEBUG with its details.
 * Thread-safe.
 */
public final class DropLog {
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

  private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(r -> {
    final Thread thread = new Thread(r, "drop-log");
    thread.setDaemon(true);
    return thread;
  });

  private final Logger log;
  private final Level level;
  private final String subject;
  private final Duration interval;
  private final Map<String, Long> window = new LinkedHashMap<>();
  private final Map<String, Long> totals = new LinkedHashMap<>();
  private long windowStart;
  private boolean scheduled;

  /**
   * @param level of the summary lines
   * @param subject what the summary starts with ("JSON-RPC dropped", "p2p dropped")
   * @param interval the least time between two summaries; the first drop of a quiet period is summarised after it
   */
  public DropLog(final Logger log, final Level level, final String subject, final Duration interval) {
    this.log = log;
    this.level = level;
    this.subject = subject;
    this.interval = interval;
  }

  /** Counts one item under {@code reason} (a plural: "bodies over 5242880 bytes"); {@code detail}, naming this one, goes to DEBUG. */
  public void drop(final String reason, final String detail) {
    log.debug("{}: {}", subject, detail);
    synchronized (this) {
      if (window.isEmpty()) {
        windowStart = System.currentTimeMillis();
      }
      window.merge(reason, 1L, Long::sum);
      totals.merge(reason, 1L, Long::sum);
      if (!scheduled) {
        scheduled = true;
        FLUSHER.schedule(this::flush, interval.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Logs the counts since the last summary and starts a new period; the line, or empty when nothing was dropped. */
  public Optional<String> flush() {
    final String line;
    synchronized (this) {
      scheduled = false;
      if (window.isEmpty()) {
        return Optional.empty();
      }
      final long seconds = Math.max(1, (System.currentTimeMillis() - windowStart + 999) / 1000);
      line = subject + " in the last " + seconds + " s: " + window.entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
      window.clear();
    }
    log.atLevel(level).log(line);
    return Optional.of(line);
  }

  /** Items dropped since this log was made, by reason. */
  public synchronized Map<String, Long> totals() {
    return new LinkedHashMap<>(totals);
  }

  /** Items dropped since this log was made. */
  public synchronized long total() {
    return totals.values().stream().mapToLong(Long::longValue).sum();
  }
}
