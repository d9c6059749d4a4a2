package io.tributary.testnet;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code testnet/run-soak.sh --manifest testnet/manifests/soak.json [--seed N] [--duration 5m] [--out FILE]}: runs a
 * crash-consistency soak on a fresh local network (logs kept in its folder), prints a timeline and the figures, and
 * writes them as JSON. Exit status 0 when every invariant held, 1 on a violation, 2 for a manifest that cannot run.
 */
@Command(name = "run-soak", mixinStandardHelpOptions = true,
    description = "Run a seeded crash-consistency soak (kill -9, pause, partition) under load on a local testnet.")
public final class SoakRunnerMain implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--manifest", paramLabel = "FILE", required = true, description = "the soak manifest (JSON)")
  Path manifest;

  @Option(names = "--seed", paramLabel = "N", description = "replaces the manifest's seed (replay a failing run)")
  Long seed;

  @Option(names = "--duration", paramLabel = "D", description = "replaces the manifest's duration (\"5m\")")
  String duration;

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "testnet/run/soak",
      description = "where the run's nodes, logs and chains go (default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(names = "--out", paramLabel = "FILE", description = "the report as JSON")
  Path out;

  @Option(names = "--conditions", paramLabel = "TEXT", defaultValue = "",
      description = "the machine and its load, recorded in the report")
  String conditions;

  public static void main(final String[] args) {
    System.exit(new CommandLine(new SoakRunnerMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    final PrintWriter print = spec.commandLine().getOut();
    SoakManifest soak;
    try {
      soak = SoakManifest.read(manifest);
      if (seed != null) {
        soak = soak.withSeed(seed);
      }
      if (duration != null) {
        soak = soak.withDuration(duration);
      }
      soak.validate(manifest.toString());
    } catch (final IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 2;
    } catch (final java.io.IOException e) {
      spec.commandLine().getErr().println("error: cannot read manifest " + e.getMessage());
      return 2;
    }
    final Path runDir = dir.resolve(soak.name() + "-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    Files.createDirectories(runDir.getParent());
    final SoakRunner.Result result = new SoakRunner(soak, runDir, print).run(conditions);
    if (out != null) {
      SoakRunner.write(result, out);
      print.println("report: " + out);
    }
    print.println("logs in " + runDir);
    print.flush();
    return result.ok() ? 0 : 1;
  }
}
