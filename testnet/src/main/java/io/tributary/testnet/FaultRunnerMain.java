package io.tributary.testnet;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code testnet/run-faults.sh --manifest FILE...}: runs fault scenarios one after the other, each on a fresh local
 * network in its own folder (logs kept), prints a timeline and a PASS/FAIL summary per scenario. Exit status 0 when
 * every invariant held, 1 on a violation, 2 for a manifest that cannot run.
 */
@Command(name = "run-faults", mixinStandardHelpOptions = true,
    description = "Run manifest-driven fault scenarios on a local testnet and check invariants over JSON-RPC.")
public final class FaultRunnerMain implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--manifest", paramLabel = "FILE", required = true, split = ",",
      description = "scenario manifests (JSON), run in order")
  List<Path> manifests;

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "testnet/run/faults",
      description = "where each run's nodes, logs and chains go (default: ${DEFAULT-VALUE})")
  Path dir;

  public static void main(final String[] args) {
    System.exit(new CommandLine(new FaultRunnerMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final List<FaultManifest> scenarios = new ArrayList<>();
    try {
      for (final Path file : manifests) {
        scenarios.add(FaultManifest.read(file));
      }
    } catch (final IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 2;
    } catch (final java.io.IOException e) {
      spec.commandLine().getErr().println("error: cannot read manifest " + e.getMessage());
      return 2;
    }
    final String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    final List<String> summaries = new ArrayList<>();
    boolean ok = true;
    for (final FaultManifest scenario : scenarios) {
      final Path runDir = dir.resolve(scenario.name() + "-" + stamp);
      Files.createDirectories(runDir.getParent());
      final FaultReport report;
      try {
        report = new FaultRunner(scenario, runDir, out).run();
      } catch (final IllegalStateException e) {
        spec.commandLine().getErr().println("error: " + scenario.name() + ": " + e.getMessage());
        return 2;
      }
      summaries.add(report.summary().trim() + " (logs in " + runDir + ")");
      ok &= report.ok();
    }
    out.println();
    summaries.forEach(out::println);
    out.flush();
    return ok ? 0 : 1;
  }
}
