package io.tributary.testnet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tributary.node.cli.load.BatchRpcClient;
import io.tributary.node.cli.load.LatencyStats;
import io.tributary.node.cli.load.LoadAccounts;
import io.tributary.node.cli.testnet.ChainProbe;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A crash-consistency soak ({@link SoakManifest}): a network of validators under {@link SoakLoad wallet-like
 * transfers} while the {@link SoakSchedule seeded scheduler} takes one validator at a time out and brings it back,
 * for the soak's duration. On the {@link Cluster} and {@link ChainMonitor} of the fault runner, so the same invariants
 * hold at every moment (agreement on every final block, no final block lost); and for each action:
 *
 * <ul>
 *   <li>with one validator out (a quorum of the others up) the chain finalises 2 more blocks within {@code catchUp};
 *   <li>once back, the node reaches the highest block seen when it came back within {@code catchUp} (its recovery
 *       time is reported);
 * </ul>
 *
 * and at the end: every node reaches the same head, all agree on every block, and every transaction is accounted for
 * ({@link SoakLoad}: no accepted one lost, none included twice).
 */
public final class SoakRunner {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(60);

  /**
   * One action as it happened.
   *
   * @param action what was planned
   * @param atSeconds when it began, from the start of the load
   * @param heightBefore the highest block before it
   * @param outMillis how long the validator was actually out
   * @param finalisedOutMillis from the node going out to the chain finalising 2 more blocks (-1: it did not)
   * @param recoveryMillis from the node's return to it reaching the highest block seen then (-1: it did not)
   */
  record Performed(SoakSchedule.Action action, double atSeconds, long heightBefore, long outMillis,
      long finalisedOutMillis, long recoveryMillis) {}

  /** What the soak found; {@link #toJson()} is the committed report. */
  public record Result(SoakManifest soak, String started, double seconds, long blocksFinalised, long headAtEnd,
      int nodesAtEnd, List<Performed> actions, SoakLoad.Figures load, List<String> violations, int checksPassed,
      String conditions) {
    public boolean ok() {
      return violations.isEmpty();
    }

    public Map<String, Object> toJson() {
      final Map<String, Object> json = new LinkedHashMap<>();
      json.put("name", soak.name());
      json.put("seed", soak.seed());
      json.put("duration", soak.duration());
      json.put("validators", soak.validators());
      json.put("blockTime", soak.blockTime());
      json.put("tps", soak.load().tps());
      json.put("accounts", soak.load().accountCount());
      json.put("started", started);
      json.put("seconds", Math.round(seconds));
      json.put("conditions", conditions);
      json.put("pass", ok());
      json.put("blocksFinalised", blocksFinalised);
      json.put("headAtEnd", headAtEnd);
      json.put("disagreements", violations.stream().filter(v -> v.startsWith("nodes disagree")).count());
      final Map<String, Object> txs = new LinkedHashMap<>();
      txs.put("sent", load.sent());
      txs.put("accepted", load.accepted());
      txs.put("included", load.included());
      txs.put("lost", load.lost());
      txs.put("doubleIncluded", load.doubleIncluded());
      txs.put("neverAccepted", load.neverAccepted());
      txs.put("includedUnanswered", load.includedUnanswered());
      txs.put("resent", load.resent());
      txs.put("resentIncluded", load.resentIncluded());
      txs.put("deferred", load.deferred());
      final Map<String, Object> latency = new LinkedHashMap<>();
      latency.put("count", load.latencyMs().count());
      latency.put("p50", load.latencyMs().p50());
      latency.put("p90", load.latencyMs().p90());
      latency.put("p99", load.latencyMs().p99());
      latency.put("max", load.latencyMs().max());
      txs.put("latencyMs", latency);
      txs.put("errors", load.errors());
      json.put("transactions", txs);
      final Map<String, Object> byKind = new LinkedHashMap<>();
      for (final SoakSchedule.Kind kind : SoakSchedule.Kind.values()) {
        final List<Performed> of = actions.stream().filter(p -> p.action().kind() == kind).toList();
        final Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("count", of.size());
        figures.put("maxRecoveryMs", of.stream().mapToLong(Performed::recoveryMillis).max().orElse(0));
        figures.put("maxFinalisedOutMs", of.stream().mapToLong(Performed::finalisedOutMillis).max().orElse(0));
        byKind.put(kind.text, figures);
      }
      json.put("actions", actions.size());
      json.put("maxRecoveryMs", actions.stream().mapToLong(Performed::recoveryMillis).max().orElse(0));
      json.put("byAction", byKind);
      final List<Map<String, Object>> timeline = new ArrayList<>();
      for (final Performed p : actions) {
        final Map<String, Object> row = new LinkedHashMap<>();
        row.put("index", p.action().index());
        row.put("action", p.action().kind().text);
        row.put("node", p.action().node());
        row.put("at", Math.round(p.atSeconds() * 10) / 10.0);
        row.put("height", p.heightBefore());
        row.put("outMs", p.outMillis());
        row.put("finalisedOutMs", p.finalisedOutMillis());
        row.put("recoveryMs", p.recoveryMillis());
        timeline.add(row);
      }
      json.put("timeline", timeline);
      json.put("violations", violations);
      json.put("checksPassed", checksPassed);
      return json;
    }

    /** The figures a person reads. */
    public String summary() {
      final LatencyStats.Summary latency = load.latencyMs();
      final StringBuilder text = new StringBuilder();
      text.append(String.format("%s %s: seed %d, %s planned, %.0f s run, %d validators, %d tx/s%n",
          ok() ? "PASS" : "FAIL", soak.name(), soak.seed(), soak.duration(), seconds, soak.validators(),
          soak.load().tps()));
      text.append("conditions: ").append(conditions).append('\n');
      text.append(String.format("blocks finalised %,d (head %,d on all %d nodes), disagreements %d%n",
          blocksFinalised, headAtEnd, nodesAtEnd,
          violations.stream().filter(v -> v.startsWith("nodes disagree")).count()));
      text.append(String.format("transactions: sent %,d, accepted %,d, included %,d, lost %,d, included twice %,d, "
          + "never accepted %,d (included unanswered %,d), re-sent %,d (%,d included), deferred %,d%n", load.sent(),
          load.accepted(), load.included(), load.lost(), load.doubleIncluded(), load.neverAccepted(),
          load.includedUnanswered(), load.resent(), load.resentIncluded(), load.deferred()));
      text.append(String.format("latency under faults ms: p50 %d, p90 %d, p99 %d, max %d (%,d samples)%n",
          latency.p50(), latency.p90(), latency.p99(), latency.max(), latency.count()));
      for (final SoakSchedule.Kind kind : SoakSchedule.Kind.values()) {
        final List<Performed> of = actions.stream().filter(p -> p.action().kind() == kind).toList();
        text.append(String.format("  %-13s %3d actions, max recovery %,d ms, max time to 2 blocks with it out %,d ms%n",
            kind.text, of.size(), of.stream().mapToLong(Performed::recoveryMillis).max().orElse(0),
            of.stream().mapToLong(Performed::finalisedOutMillis).max().orElse(0)));
      }
      load.errors().forEach((message, count) -> text.append(String.format("  send error %,d x %s%n", count,
          message)));
      for (final String violation : violations) {
        text.append("  violation: ").append(violation).append('\n');
      }
      return text.toString();
    }
  }

  private final SoakManifest soak;
  private final Path dir;
  private final PrintWriter out;
  private final FaultReport report;
  private final List<Performed> performed = new ArrayList<>();

  public SoakRunner(final SoakManifest soak, final Path dir, final PrintWriter out) {
    this.soak = soak;
    this.dir = dir;
    this.out = out;
    this.report = new FaultReport(soak.name(), out);
  }

  /** Runs the soak; the nodes are stopped at the end, their logs stay in the folder. */
  public Result run(final String conditions) throws Exception {
    soak.validate(soak.name());
    final String started = Instant.now().toString();
    final long start = System.nanoTime();
    final String loadBefore = loadAverage();
    final List<SoakSchedule.Action> plan = SoakSchedule.plan(soak);
    report.event("soak " + soak.name() + ": seed " + soak.seed() + ", " + soak.duration() + ", " + soak.validators()
        + " validators, blocks every " + soak.blockTime() + ", " + soak.load().tps() + " tx/s from "
        + soak.load().accountCount() + " accounts, in " + dir);
    long firstHead = 0;
    long headAtEnd = 0;
    int nodesAtEnd = 0;
    SoakLoad.Figures figures = null;
    try (Cluster cluster = new Cluster(dir, soak.network());
        ChainMonitor monitor = new ChainMonitor(cluster, report)) {
      final Thread hook = new Thread(cluster::close, "soak-cleanup");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        for (final Cluster.Member member : cluster.members()) {
          cluster.start(member.name());
        }
        monitor.start();
        final List<BatchRpcClient> clients = cluster.members().stream().map(m -> m.rpc).toList();
        final ChainProbe.Head head = ChainProbe.awaitFinality(clients, 2, soak.catchUpDuration().plusSeconds(60),
            () -> FaultRunner.checkAlive(cluster));
        report.passed("blocks final on every node (block " + head.number() + ")");
        try (SoakLoad load = new SoakLoad(new SoakLoad.Config(
            cluster.members().stream().map(m -> URI.create(m.node.rpcUrl())).toList(),
            LoadAccounts.dev().first(soak.load().accountCount()), soak.load().tps(), soak.resendAfterDuration(),
            Duration.ofSeconds(3)), report)) {
          load.start();
          firstHead = load.startHead();
          perturb(cluster, monitor, load, plan);
          load.drain(soak.drainDuration());
          final List<Cluster.Member> running = cluster.members().stream().filter(Cluster.Member::up).toList();
          headAtEnd = settle(cluster, Math.max(monitor.highest(), load.highestRead()), running);
          nodesAtEnd = running.size();
          figures = load.audit(running, headAtEnd, monitor);
          report.event(load.progress());
        }
      } finally {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    } catch (final FaultRunner.StepFailed e) {
      report.violation(e.getMessage());
    }
    if (figures == null) {
      figures = new SoakLoad.Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new LatencyStats().summary(), Map.of());
    }
    if (figures.lost() == 0 && figures.doubleIncluded() == 0 && figures.sent() > 0) {
      report.passed("every accepted transaction is in a final block on every node, once (" + figures.included()
          + " of " + figures.sent() + " sent)");
    }
    final Result result = new Result(soak, started, (System.nanoTime() - start) / 1e9,
        Math.max(0, headAtEnd - firstHead), headAtEnd, nodesAtEnd, List.copyOf(performed), figures,
        report.violations(), report.checksPassed().size(), (conditions.isBlank() ? "" : conditions + "; ")
        + Runtime.getRuntime().availableProcessors() + " cores, load average (1/5/15 min) " + loadBefore
        + " at the start, " + loadAverage() + " at the end");
    out.println();
    out.print(result.summary());
    out.flush();
    return result;
  }

  /** Performs the planned actions in order until the soak's duration has passed. */
  private void perturb(final Cluster cluster, final ChainMonitor monitor, final SoakLoad load,
      final List<SoakSchedule.Action> plan) throws Exception {
    final long begin = System.nanoTime();
    final long end = begin + soak.durationValue().toNanos();
    long lastProgress = begin;
    for (final SoakSchedule.Action action : plan) {
      final long gapEnd = System.nanoTime() + action.gap().toNanos();
      while (System.nanoTime() < Math.min(gapEnd, end)) {
        FaultRunner.checkAlive(cluster);
        TimeUnit.MILLISECONDS.sleep(200);
      }
      if (System.nanoTime() >= end) {
        break;
      }
      if (System.nanoTime() - lastProgress > PROGRESS_NANOS) {
        report.event(load.progress() + ", head " + monitor.highest());
        lastProgress = System.nanoTime();
      }
      performed.add(perform(cluster, monitor, action, (System.nanoTime() - begin) / 1e9));
    }
    report.event("scheduler: " + performed.size() + " actions in " + FaultManifest.text(soak.durationValue()));
  }

  private Performed perform(final Cluster cluster, final ChainMonitor monitor, final SoakSchedule.Action action,
      final double at) throws Exception {
    final long before = monitor.highest();
    report.event("action " + action.describe() + " at block " + before);
    final String node = action.node();
    final long out = System.nanoTime();
    switch (action.kind()) {
      case KILL_RESTART -> cluster.kill(node);
      case PAUSE -> cluster.pause(node);
      case PARTITION -> cluster.partition(List.of(List.of(node), cluster.members().stream()
          .map(Cluster.Member::name).filter(n -> !n.equals(node)).toList()));
      default -> throw new IllegalStateException("unknown action " + action.kind());
    }
    final long finalised = awaitAdvance(cluster, monitor, before, out, action);
    final long backAt = out + action.down().toNanos();
    while (System.nanoTime() < backAt) {
      FaultRunner.checkAlive(cluster);
      TimeUnit.MILLISECONDS.sleep(Math.max(1, Math.min(200, (backAt - System.nanoTime()) / 1_000_000)));
    }
    switch (action.kind()) {
      case KILL_RESTART -> cluster.start(node);
      case PAUSE -> cluster.resume(node);
      case PARTITION -> cluster.heal();
      default -> throw new IllegalStateException("unknown action " + action.kind());
    }
    final long back = System.nanoTime();
    final long recovery = awaitRecovery(cluster, monitor, node, back);
    return new Performed(action, at, before, TimeUnit.NANOSECONDS.toMillis(back - out),
        finalised < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(finalised - out),
        recovery < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(recovery - back));
  }

  /** Waits for 2 blocks more than {@code before}; returns when they came, or -1 after a violation. */
  private long awaitAdvance(final Cluster cluster, final ChainMonitor monitor, final long before, final long since,
      final SoakSchedule.Action action) throws InterruptedException {
    final long deadline = since + soak.catchUpDuration().toNanos();
    while (monitor.highest() < before + 2) {
      FaultRunner.checkAlive(cluster);
      if (System.nanoTime() > deadline) {
        report.violation("action " + action.describe() + ": the chain did not finalise 2 blocks within "
            + FaultManifest.text(soak.catchUpDuration()) + " with one validator out (stuck at " + monitor.highest()
            + ")");
        return -1;
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    return System.nanoTime();
  }

  /**
   * Waits until {@code node} has the highest block seen when it came back and the chain has finalised one more since;
   * returns when, or -1 after a violation.
   */
  private long awaitRecovery(final Cluster cluster, final ChainMonitor monitor, final String node, final long back)
      throws InterruptedException {
    final long target = monitor.highest();
    final long deadline = back + soak.catchUpDuration().toNanos();
    final Cluster.Member member = cluster.member(node);
    while (true) {
      FaultRunner.checkAlive(cluster);
      final Optional<ChainProbe.Head> head = ChainProbe.head(member.rpc);
      head.ifPresent(h -> monitor.observe(node, h));
      if (head.isPresent() && head.get().number() >= target && monitor.highest() > target) {
        return System.nanoTime();
      }
      if (System.nanoTime() > deadline) {
        report.violation(node + " did not recover within " + FaultManifest.text(soak.catchUpDuration())
            + ": its head is " + head.map(h -> Long.toString(h.number())).orElse("unanswered") + ", block " + target
            + " was final when it came back");
        return -1;
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  /**
   * Waits until every running node has reached {@code target} (the highest block any observer has seen, so the audit
   * covers every block a transaction was seen in); returns it.
   */
  private long settle(final Cluster cluster, final long target, final List<Cluster.Member> running)
      throws InterruptedException {
    final long deadline = System.nanoTime() + soak.catchUpDuration().toNanos();
    while (true) {
      FaultRunner.checkAlive(cluster);
      long lowest = Long.MAX_VALUE;
      for (final Cluster.Member member : running) {
        lowest = Math.min(lowest, ChainProbe.head(member.rpc).map(ChainProbe.Head::number).orElse(-1L));
      }
      if (lowest >= target) {
        report.passed("all " + running.size() + " nodes reached block " + target);
        return target;
      }
      if (System.nanoTime() > deadline) {
        report.violation("not every node reached block " + target + " within "
            + FaultManifest.text(soak.catchUpDuration()) + " at the end (lowest head " + lowest + ")");
        return Math.max(0, lowest);
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  /** The machine's load averages (/proc/loadavg), or "unknown". */
  private static String loadAverage() {
    try {
      final String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (final IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** Writes {@code result} as JSON. */
  public static void write(final Result result, final Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(file, JSON.writeValueAsString(result.toJson()) + "\n");
  }
}
