package io.tributary.testnet;

import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.load.BatchRpcClient;
import io.tributary.node.cli.load.LoadAccounts;
import io.tributary.node.cli.load.LoadGenerator;
import io.tributary.node.cli.load.LoadResult;
import io.tributary.node.cli.testnet.ChainProbe;
import io.tributary.node.cli.testnet.NodeProcesses;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link FaultManifest} as CometBFT's e2e runner does (setup, start, load, perturb, wait, test) and checks
 * over JSON-RPC only:
 *
 * <ul>
 *   <li>all nodes agree on every final block (same hash per height, checked continuously and over the whole chain at
 *       the end);
 *   <li>no final block is lost: a node's head never goes below one it reported, across kill -9 and restarts;
 *   <li>after every step the chain advances while some group of connected, running validators holds a quorum
 *       (ceil(2n/3)) and halts (at most one more block) while none does;
 *   <li>a node started, restarted, resumed or reconnected catches up with the highest block seen when it came back.
 * </ul>
 */
public final class FaultRunner {
  private final FaultManifest scenario;
  private final Path dir;
  private final PrintWriter out;
  private final FaultReport report;
  private final Duration blockTime;

  public FaultRunner(final FaultManifest scenario, final Path dir, final PrintWriter out) {
    this.scenario = scenario;
    this.dir = dir;
    this.out = out;
    this.report = new FaultReport(scenario.name() == null ? "scenario" : scenario.name(), out);
    this.blockTime = FaultManifest.duration(scenario.blockTime(), "1s");
  }

  /** Runs the scenario and returns the report (the nodes are stopped; their logs stay in the folder). */
  public FaultReport run() throws Exception {
    scenario.validate(String.valueOf(scenario.name()));
    report.event("scenario " + scenario.name() + ": " + scenario.validators() + " validators, " + scenario.fullNodes()
        + " full nodes, late " + scenario.lateJoiners() + ", blocks every " + scenario.blockTime() + ", in " + dir);
    try (Cluster cluster = new Cluster(dir, scenario); ChainMonitor monitor = new ChainMonitor(cluster, report)) {
      final Thread hook = new Thread(cluster::close, "fault-runner-cleanup");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        execute(cluster, monitor);
      } finally {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    } catch (final StepFailed e) {
      report.violation(e.getMessage());
    }
    out.print(report.summary());
    out.flush();
    return report;
  }

  private void execute(final Cluster cluster, final ChainMonitor monitor) throws Exception {
    for (final Cluster.Member member : cluster.members()) {
      if (!scenario.lateJoiners().contains(member.name())) {
        cluster.start(member.name());
      }
    }
    monitor.start();
    report.event("started " + cluster.members().stream().filter(Cluster.Member::up).map(Cluster.Member::name).toList());
    if (quorumReachable(cluster)) {
      final List<BatchRpcClient> clients = cluster.members().stream().filter(Cluster.Member::up).map(m -> m.rpc)
          .toList();
      final ChainProbe.Head head = ChainProbe.awaitFinality(clients, 2, scenario.catchUpDuration().plusSeconds(60),
          () -> checkAlive(cluster));
      report.passed("blocks final on every started node (block " + head.number() + ")");
    }
    final LoadRun load = scenario.load() == null ? null : new LoadRun(cluster);
    long previous = System.nanoTime();
    try {
      for (int i = 0; i < scenario.steps().size(); i++) {
        final FaultManifest.Step step = scenario.steps().get(i);
        awaitTrigger(step, previous, monitor, cluster);
        final long highestBefore = monitor.highest();
        report.event("step " + (i + 1) + " at block " + highestBefore + ": " + step.describe());
        final List<String> back = apply(step, cluster);
        previous = System.nanoTime();
        checkLiveness(step, cluster, monitor);
        for (final String node : back) {
          awaitCatchUp(cluster, monitor, node, highestBefore);
        }
      }
      finish(cluster, monitor);
    } finally {
      if (load != null) {
        load.stop();
      }
    }
  }

  /** Heals, resumes, then requires every running node to reach the same height and agree on the whole chain. */
  private void finish(final Cluster cluster, final ChainMonitor monitor) throws Exception {
    if (!cluster.partition().isEmpty()) {
      cluster.heal();
      report.event("end: healed the partition");
    }
    for (final Cluster.Member member : cluster.members()) {
      if (member.state == Cluster.State.PAUSED) {
        cluster.resume(member.name());
        report.event("end: resumed " + member.name());
      }
    }
    final List<Cluster.Member> running = cluster.members().stream().filter(Cluster.Member::up).toList();
    if (quorumReachable(cluster)) {
      awaitAdvance(monitor, 1, "the chain advances at the end");
      final long target = monitor.highest();
      for (final Cluster.Member member : running) {
        awaitCatchUp(cluster, monitor, member.name(), target);
      }
    }
    long common = Long.MAX_VALUE;
    for (final Cluster.Member member : running) {
      common = Math.min(common, ChainProbe.head(member.rpc).map(ChainProbe.Head::number).orElse(0L));
    }
    if (running.isEmpty() || common == Long.MAX_VALUE) {
      return;
    }
    sweep(running, monitor, common);
  }

  /** Compares every block 1..upTo on every running node. */
  private void sweep(final List<Cluster.Member> running, final ChainMonitor monitor, final long upTo) {
    int compared = 0;
    for (final Cluster.Member member : running) {
      final BatchRpcClient client = new BatchRpcClient(member.rpc.endpoint(), Duration.ofSeconds(30));
      for (long from = 1; from <= upTo; from += 200) {
        final List<BatchRpcClient.Call> calls = new ArrayList<>();
        for (long n = from; n <= Math.min(upTo, from + 199); n++) {
          calls.add(BatchRpcClient.Call.of("eth_getBlockByNumber", JsonRpcClient.quantity(n), false));
        }
        final List<BatchRpcClient.Answer> answers = client.batch(calls);
        for (int i = 0; i < answers.size(); i++) {
          final long number = from + i;
          final BatchRpcClient.Answer answer = answers.get(i);
          if (!answer.ok() || answer.result() == null || answer.result().isNull()) {
            report.violation(member.name() + " does not give block " + number + " below its head " + upTo
                + (answer.ok() ? "" : ": " + answer.error().getMessage()));
            continue;
          }
          monitor.agree(member.name(), number, answer.result().path("hash").asText());
          compared++;
        }
      }
    }
    report.passed("all " + running.size() + " running nodes agree on blocks 1.." + upTo + " (" + compared
        + " blocks compared)");
  }

  private void awaitTrigger(final FaultManifest.Step step, final long previous, final ChainMonitor monitor,
      final Cluster cluster) throws Exception {
    if (step.after() != null) {
      final long due = previous + FaultManifest.duration(step.after(), null).toNanos();
      while (System.nanoTime() < due) {
        checkAlive(cluster);
        TimeUnit.MILLISECONDS.sleep(Math.min(200, Math.max(1, (due - System.nanoTime()) / 1_000_000)));
      }
    }
    if (step.atHeight() != null) {
      final long deadline = System.nanoTime() + scenario.catchUpDuration().toNanos();
      while (monitor.highest() < step.atHeight()) {
        checkAlive(cluster);
        if (System.nanoTime() > deadline) {
          throw new StepFailed("block " + step.atHeight() + " was not reached within " + FaultManifest.text(scenario.catchUpDuration())
              + " (highest " + monitor.highest() + ")");
        }
        TimeUnit.MILLISECONDS.sleep(100);
      }
    }
  }

  /** Performs the step; returns the nodes that came back (and must catch up). */
  private List<String> apply(final FaultManifest.Step step, final Cluster cluster) throws Exception {
    final List<String> back = new ArrayList<>();
    switch (step.action()) {
      case KILL -> {
        for (final String node : step.nodes()) {
          cluster.kill(node);
        }
      }
      case RESTART, START -> {
        for (final String node : step.nodes()) {
          cluster.start(node);
          back.add(node);
        }
      }
      case KILL_RESTART -> {
        for (final String node : step.nodes()) {
          cluster.kill(node);
        }
        sleep(FaultManifest.duration(step.duration(), "2s"));
        for (final String node : step.nodes()) {
          cluster.start(node);
          back.add(node);
        }
      }
      case PAUSE -> {
        for (final String node : step.nodes()) {
          cluster.pause(node);
        }
        if (step.duration() != null) {
          sleep(FaultManifest.duration(step.duration(), null));
          for (final String node : step.nodes()) {
            cluster.resume(node);
            back.add(node);
          }
        }
      }
      case RESUME -> {
        for (final String node : step.nodes()) {
          cluster.resume(node);
          back.add(node);
        }
      }
      case PARTITION -> cluster.partition(step.groups());
      case HEAL -> {
        cluster.heal();
        cluster.members().stream().filter(Cluster.Member::up).forEach(m -> back.add(m.name()));
      }
      case EXPECT -> {
        // only checks, below
      }
      default -> throw new IllegalStateException("unknown action " + step.action());
    }
    return back;
  }

  /** What the quorum implies after the step (and what an expect step asks), checked over RPC. */
  private void checkLiveness(final FaultManifest.Step step, final Cluster cluster, final ChainMonitor monitor)
      throws Exception {
    final boolean live = quorumReachable(cluster);
    if (step.action() == FaultManifest.Action.EXPECT && live != "advancing".equals(step.expect())) {
      report.violation("the manifest expects the chain " + step.expect() + " but " + upValidators(cluster)
          + " of " + scenario.validators() + " validators can reach each other (quorum " + quorum() + ")");
    }
    if (live) {
      awaitAdvance(monitor, 2, "the chain advances with " + upValidators(cluster) + " of " + scenario.validators()
          + " validators up and connected (quorum " + quorum() + ")");
    } else {
      observeHalt(monitor, cluster);
    }
  }

  private void awaitAdvance(final ChainMonitor monitor, final int blocks, final String what) throws Exception {
    final long from = monitor.highest();
    final Duration limit = scenario.catchUpDuration();
    final long deadline = System.nanoTime() + limit.toNanos();
    while (monitor.highest() < from + blocks) {
      if (System.nanoTime() > deadline) {
        report.violation(what + ": no new block within " + FaultManifest.text(limit) + " (stuck at " + from + ")");
        return;
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    report.passed(what + " (" + from + " -> " + monitor.highest() + ")");
  }

  /** Watches for the observe window: at most one more block (one whose commit was under way) may appear. */
  private void observeHalt(final ChainMonitor monitor, final Cluster cluster) throws Exception {
    final long from = monitor.highest();
    sleep(scenario.observeDuration());
    monitor.pollOnce();
    final long to = monitor.highest();
    final String what = "the chain halts with " + upValidators(cluster) + " of " + scenario.validators()
        + " validators up and connected (quorum " + quorum() + ")";
    if (to > from + 1) {
      report.violation(what + ": it went from block " + from + " to " + to + " in " + FaultManifest.text(scenario.observeDuration()));
    } else {
      report.passed(what + " (block " + from + (to > from ? " -> " + to : "") + " for " + FaultManifest.text(scenario.observeDuration())
          + ")");
    }
  }

  private void awaitCatchUp(final Cluster cluster, final ChainMonitor monitor, final String node, final long target)
      throws Exception {
    final Cluster.Member member = cluster.member(node);
    if (!member.up()) {
      return;
    }
    final long start = System.nanoTime();
    final long deadline = start + scenario.catchUpDuration().toNanos();
    while (true) {
      checkAlive(cluster);
      final Optional<ChainProbe.Head> head = ChainProbe.head(member.rpc);
      if (head.isPresent()) {
        monitor.observe(node, head.get());
        if (head.get().number() >= target) {
          report.passed(node + " caught up to block " + target + " in "
              + String.format("%.1f s", (System.nanoTime() - start) / 1e9) + " (head " + head.get().number() + ")");
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        report.violation(node + " did not catch up to block " + target + " within " + FaultManifest.text(scenario.catchUpDuration())
            + " (head " + head.map(h -> Long.toString(h.number())).orElse("unanswered") + ")");
        return;
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  /** ceil(2n/3) validators. */
  int quorum() {
    return (2 * scenario.validators() + 2) / 3;
  }

  /** Whether some group of running validators that can reach each other holds a quorum. */
  boolean quorumReachable(final Cluster cluster) {
    return upValidators(cluster) >= quorum();
  }

  /** The largest number of running validators that can all reach each other. */
  private int upValidators(final Cluster cluster) {
    final List<Cluster.Member> up = cluster.members().stream().filter(m -> m.up() && m.node.validator()).toList();
    if (cluster.partition().isEmpty()) {
      return up.size();
    }
    int best = 0;
    for (final Set<String> group : cluster.partition()) {
      best = Math.max(best, (int) up.stream().filter(m -> group.contains(m.name())).count());
    }
    return best;
  }

  /** Throws {@link StepFailed} when a node the runner did not stop has exited by itself. */
  static void checkAlive(final Cluster cluster) {
    for (final Cluster.Member member : cluster.members()) {
      if ((member.state == Cluster.State.UP || member.state == Cluster.State.PAUSED) && !member.process.isAlive()) {
        throw new StepFailed(member.name() + " exited by itself with status " + member.process.exitValue()
            + "; last lines of " + member.node.logFile(cluster.dir()) + ":\n"
            + NodeProcesses.tail(member.node.logFile(cluster.dir()), 20));
      }
    }
  }

  private void sleep(final Duration duration) throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }

  /** A step that could not be carried out (a node died by itself, a height never came). */
  static final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StepFailed(final String message) {
      super(message);
    }
  }

  /** Background transfers to every node for the whole scenario; reported, not judged (nodes go down on purpose). */
  private final class LoadRun {
    private final LoadGenerator generator;
    private final Thread thread;
    private volatile LoadResult result;

    LoadRun(final Cluster cluster) {
      final List<URI> endpoints = cluster.members().stream().map(m -> URI.create(m.node.rpcUrl())).toList();
      generator = new LoadGenerator(new LoadGenerator.Config(endpoints,
          LoadAccounts.dev().first(scenario.load().accountCount()), scenario.load().tps(), Duration.ofDays(1), 50,
          endpoints.size(), blockTime.multipliedBy(10), Duration.ZERO, Duration.ofSeconds(2)), null);
      thread = new Thread(() -> {
        try {
          result = generator.run();
        } catch (final InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (final RuntimeException e) {
          report.event("load stopped: " + e.getMessage());
        }
      }, "fault-load");
      thread.setDaemon(true);
      thread.start();
      report.event("load: " + scenario.load().tps() + " tx/s from " + scenario.load().accountCount()
          + " accounts to every node");
    }

    void stop() throws InterruptedException {
      generator.stop();
      thread.join(blockTime.multipliedBy(10).plusSeconds(15).toMillis());
      if (result != null) {
        report.event("load: " + result.summary().trim().replace("\n", "; "));
      }
    }
  }
}
