package io.tributary.node.cli.testnet;

import io.tributary.node.cli.run.DurationConverter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary testnet stop}: SIGTERM to every node of the testnet, SIGKILL to those still there after a grace. */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop a testnet's nodes.")
public final class TestnetStopCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", required = true, description = "the testnet folder")
  Path dir;

  @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "15s", converter = DurationConverter.class,
      description = "how long a node may take to stop before it is killed (default: ${DEFAULT-VALUE})")
  Duration grace;

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final java.util.Optional<TestnetManifest> read = TestnetManifest.readOrReport(dir, spec.commandLine().getErr());
    if (read.isEmpty()) {
      return 2;
    }
    final TestnetManifest manifest = read.get();
    int stopped = 0;
    // SIGTERM to all first, so they shut down side by side, then wait for each.
    final java.util.Map<TestnetManifest.Node, ProcessHandle> live = new java.util.LinkedHashMap<>();
    for (final TestnetManifest.Node node : manifest.nodes()) {
      final Optional<ProcessHandle> pid = NodeProcesses.runningPid(dir, node);
      pid.ifPresent(p -> {
        live.put(node, p);
        p.destroy();
      });
      if (pid.isEmpty()) {
        Files.deleteIfExists(node.pidFile(dir));
      }
    }
    for (final java.util.Map.Entry<TestnetManifest.Node, ProcessHandle> e : live.entrySet()) {
      final boolean killed = NodeProcesses.stop(e.getValue(), grace);
      out.printf("%s %s (pid %d)%n", killed ? "killed" : "stopped", e.getKey().name(), e.getValue().pid());
      Files.deleteIfExists(e.getKey().pidFile(dir));
      stopped++;
    }
    out.println(stopped == 0 ? "No node of the testnet in " + dir + " was running"
        : "Stopped " + stopped + " node" + (stopped == 1 ? "" : "s") + "; the chain stays in " + dir);
    out.flush();
    return 0;
  }
}
