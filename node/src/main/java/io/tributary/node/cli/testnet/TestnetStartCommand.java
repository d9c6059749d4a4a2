package io.tributary.node.cli.testnet;

import io.tributary.node.cli.load.BatchRpcClient;
import io.tributary.node.cli.run.DurationConverter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary testnet start}: starts the testnet's nodes that are not running, as detached processes (log and
 * pid file in each node's folder), waits until blocks are final on every node and prints the endpoints.
 */
@Command(name = "start", mixinStandardHelpOptions = true,
    description = "Start a testnet's nodes and wait until blocks are final on all of them.")
public final class TestnetStartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", required = true, description = "the testnet folder (testnet init)")
  Path dir;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "120s", converter = DurationConverter.class,
      description = "how long to wait for final blocks on every node (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final PrintWriter err = spec.commandLine().getErr();
    final java.util.Optional<TestnetManifest> read = TestnetManifest.readOrReport(dir, err);
    if (read.isEmpty()) {
      return 2;
    }
    final TestnetManifest manifest = read.get();
    final Map<TestnetManifest.Node, ProcessHandle> running = new LinkedHashMap<>();
    final List<TestnetManifest.Node> toStart = new ArrayList<>();
    for (final TestnetManifest.Node node : manifest.nodes()) {
      final Optional<ProcessHandle> pid = NodeProcesses.runningPid(dir, node);
      if (pid.isPresent()) {
        running.put(node, pid.get());
      } else {
        toStart.add(node);
      }
    }
    if (toStart.isEmpty()) {
      out.printf("The testnet in %s is already running (%d node%s); stop it with 'tributary testnet stop --dir %s'%n",
          dir, manifest.nodes().size(), manifest.nodes().size() == 1 ? "" : "s", dir);
      printEndpoints(out, manifest, running);
      return 0;
    }
    final List<String> taken = new ArrayList<>();
    for (final TestnetManifest.Node node : toStart) {
      NodeProcesses.portInUse(node).ifPresent(taken::add);
    }
    if (!taken.isEmpty()) {
      err.println("error: " + String.join("; ", taken) + " (another testnet or node still running? 'tributary testnet"
          + " status --dir' names this testnet's own nodes; change the ports with 'testnet init --base-rpc-port ...')");
      err.flush();
      return 1;
    }
    final Map<TestnetManifest.Node, Process> started = new LinkedHashMap<>();
    for (final TestnetManifest.Node node : toStart) {
      final Process process = NodeProcesses.startDetached(dir, manifest, node);
      started.put(node, process);
      running.put(node, process.toHandle());
      out.printf("started %s (pid %d), log %s%n", node.name(), process.pid(), node.logFile(dir));
    }
    out.flush();
    final List<BatchRpcClient> clients = manifest.nodes().stream()
        .map(n -> ChainProbe.client(n.rpcUrl(), Duration.ofSeconds(2))).toList();
    final ChainProbe.Head head;
    try {
      head = ChainProbe.awaitFinality(clients, 2, timeout, () -> {
        for (final Map.Entry<TestnetManifest.Node, Process> e : started.entrySet()) {
          if (!e.getValue().isAlive()) {
            throw new IllegalStateException(e.getKey().name() + " exited with status " + e.getValue().exitValue()
                + "; last lines of " + e.getKey().logFile(dir) + ":\n" + NodeProcesses.tail(e.getKey().logFile(dir),
                30));
          }
        }
      });
    } catch (final Exception e) {
      err.println("error: " + e.getMessage());
      err.println("stopping the nodes this command started");
      err.flush();
      for (final Map.Entry<TestnetManifest.Node, Process> e2 : started.entrySet()) {
        NodeProcesses.stop(e2.getValue().toHandle(), Duration.ofSeconds(10));
        java.nio.file.Files.deleteIfExists(e2.getKey().pidFile(dir));
      }
      return 1;
    }
    out.printf("Testnet of %d validator%s (chain id %d) is up: block %d (%s) is final on %s%n",
        manifest.validators().size(), manifest.validators().size() == 1 ? "" : "s", manifest.chainId(),
        head.number(), head.hash(), manifest.nodes().size() == 1 ? "its node" : "all " + manifest.nodes().size()
            + " nodes");
    printEndpoints(out, manifest, running);
    out.printf("Load: tributary load --rpc %s --from-genesis %s --tps 100 --duration 30s%n",
        String.join(",", manifest.nodes().stream().map(TestnetManifest.Node::rpcUrl).toList()),
        manifest.genesisFile(dir));
    out.printf("Stop: tributary testnet stop --dir %s%n", dir);
    out.flush();
    return 0;
  }

  static void printEndpoints(final PrintWriter out, final TestnetManifest manifest,
      final Map<TestnetManifest.Node, ProcessHandle> pids) {
    for (final TestnetManifest.Node node : manifest.nodes()) {
      final ProcessHandle pid = pids.get(node);
      out.printf("  %-7s %-22s p2p %s:%-5d pid %s%n", node.name(), node.rpcUrl(), node.p2pHost(), node.p2pPort(),
          pid == null ? "-" : Long.toString(pid.pid()));
    }
    out.flush();
  }
}
