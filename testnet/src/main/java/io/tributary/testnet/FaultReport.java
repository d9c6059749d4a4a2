package io.tributary.testnet;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What a fault run did and found: a timeline of events and the violated invariants, printed as they happen. */
public final class FaultReport {
  private final String name;
  private final PrintWriter out;
  private final long start = System.nanoTime();
  private final List<String> events = new ArrayList<>();
  private final List<String> violations = new ArrayList<>();
  private final List<String> passed = new ArrayList<>();

  public FaultReport(final String name, final PrintWriter out) {
    this.name = name;
    this.out = out;
  }

  private String stamp() {
    return String.format("[%6.1fs]", (System.nanoTime() - start) / 1e9);
  }

  public synchronized void event(final String text) {
    final String line = stamp() + " " + text;
    events.add(line);
    out.println(line);
    out.flush();
  }

  public synchronized void passed(final String check) {
    passed.add(check);
    event("ok: " + check);
  }

  public synchronized void violation(final String text) {
    if (violations.contains(text)) {
      return;
    }
    violations.add(text);
    event("VIOLATION: " + text);
  }

  public synchronized List<String> violations() {
    return List.copyOf(violations);
  }

  public synchronized List<String> checksPassed() {
    return List.copyOf(passed);
  }

  public synchronized boolean ok() {
    return violations.isEmpty();
  }

  /** The closing summary. */
  public synchronized String summary() {
    final StringBuilder text = new StringBuilder();
    text.append(ok() ? "PASS " : "FAIL ").append(name).append(String.format(": %d checks passed, %d violations in %.1f s%n",
        passed.size(), violations.size(), (System.nanoTime() - start) / 1e9));
    for (final String violation : violations) {
      text.append("  violation: ").append(violation).append('\n');
    }
    return text.toString();
  }
}
