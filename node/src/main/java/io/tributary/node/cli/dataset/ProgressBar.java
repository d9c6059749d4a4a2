package io.tributary.node.cli.dataset;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn at most once per whole percent. */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final long total;
  private long lastPercent = -1;

  ProgressBar(final PrintWriter err, final long total) {
    this.err = err;
    this.total = Math.max(1, total);
  }

  void update(final long done, final long words) {
    final long percent = Math.min(100, done * 100 / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    final int bars = (int) (percent * WIDTH / 100);
    err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %,d / %,d bytes, %,d words", "#".repeat(bars),
        " ".repeat(WIDTH - bars), percent, done, total, words));
    err.flush();
  }

  void finish() {
    err.println();
  }
}
