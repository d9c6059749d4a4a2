package io.tributary.node.cli.testnet;

import io.tributary.node.cli.load.BatchRpcClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary testnet status}: per node, whether it runs, its head and its peers. Exit 0 when all run. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show each node's process, head and peers.")
public final class TestnetStatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", required = true, description = "the testnet folder")
  Path dir;

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final java.util.Optional<TestnetManifest> read = TestnetManifest.readOrReport(dir, spec.commandLine().getErr());
    if (read.isEmpty()) {
      return 2;
    }
    final TestnetManifest manifest = read.get();
    int running = 0;
    for (final TestnetManifest.Node node : manifest.nodes()) {
      final Optional<ProcessHandle> pid = NodeProcesses.runningPid(dir, node);
      final BatchRpcClient client = ChainProbe.client(node.rpcUrl(), Duration.ofSeconds(2));
      final Optional<ChainProbe.Head> head = pid.isPresent() ? ChainProbe.head(client) : Optional.empty();
      final Optional<Long> peers = head.isPresent() ? ChainProbe.peerCount(client) : Optional.empty();
      out.printf("  %-7s %-9s %-22s %-14s head %-8s peers %s%n", node.name(), node.validator() ? "validator" : "full",
          node.rpcUrl(), pid.map(p -> "pid " + p.pid()).orElse("not running"),
          head.map(h -> Long.toString(h.number())).orElse("-"), peers.map(String::valueOf).orElse("-"));
      if (pid.isPresent()) {
        running++;
      }
    }
    out.printf("%d of %d nodes running%n", running, manifest.nodes().size());
    out.flush();
    return running == manifest.nodes().size() ? 0 : 1;
  }
}
