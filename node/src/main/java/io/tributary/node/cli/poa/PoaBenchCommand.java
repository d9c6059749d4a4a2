package io.tributary.node.cli.poa;

import io.tributary.poa.AttributionBackend;
import io.tributary.poa.AttributionEngine;
import io.tributary.poa.AttributionParams;
import io.tributary.poa.AttributionResult;
import io.tributary.poa.OpenClUnavailableException;
import io.tributary.poa.SyntheticBlock;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary poa bench}: verifies one synthetic block per backend and prints, side by side, the best block time
 * over the rounds, the shingle lookups (filter probes) per second and the speed-up over the reference. Every
 * backend's result is compared with the reference's, so a fast wrong backend shows as a failure, not a win.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark the attribution backends on a synthetic block.")
public final class PoaBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--inferences", defaultValue = "1000", description = "inferences per block (default: ${DEFAULT-VALUE})")
  int inferences;

  @Option(names = "--datasets", defaultValue = "64", description = "candidate datasets per inference (default: ${DEFAULT-VALUE})")
  int datasets;

  @Option(names = "--words", defaultValue = "1024", description = "words per inference (default: ${DEFAULT-VALUE})")
  int words;

  @Option(names = "--bits", defaultValue = "20", description = "filter size 2^bits per dataset (default: ${DEFAULT-VALUE})")
  int bits;

  @Option(names = "--rounds", defaultValue = "3", description = "timed rounds per backend after one warm-up (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--poa-backend", split = ",", defaultValue = "reference,cpu,opencl",
      description = "backends to run, comma-separated (default: ${DEFAULT-VALUE})")
  List<String> backends;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the synthetic block (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() {
    final PrintWriter out = spec.commandLine().getOut();
    final PrintWriter err = spec.commandLine().getErr();
    final AttributionParams params = AttributionParams.DEFAULTS;
    if (words > params.maxWords() || words < 1 || inferences < 1 || datasets < 1 || rounds < 1
        || !params.allowsBits(bits)) {
      err.println("error: need 1 <= words <= " + params.maxWords() + ", bits in [" + params.minBits() + ", "
          + params.maxBits() + "] and positive counts");
      return 1;
    }
    final SyntheticBlock block = SyntheticBlock.generate(params, inferences, datasets, words, bits, seed);
    out.printf(Locale.ROOT, "block: %,d inferences x %d datasets, %,d words each, filters 2^%d bits, k = %d, n = %d, "
        + "%,d shingle lookups%n", inferences, datasets, words, bits, params.probes(), params.shingleWords(),
        block.lookups());
    final List<String[]> rows = new ArrayList<>();
    AttributionResult expected = null;
    long referenceNanos = 0;
    boolean allAgree = true;
    for (final String name : backends) {
      final AttributionBackend backend;
      try {
        backend = AttributionBackend.parse(name);
      } catch (IllegalArgumentException e) {
        err.println("error: unknown backend " + name);
        return 1;
      }
      try (AttributionEngine engine = backend.open()) {
        AttributionResult result = engine.attribute(params, block.batch(), block.sketches());
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
          final long start = System.nanoTime();
          result = engine.attribute(params, block.batch(), block.sketches());
          best = Math.min(best, System.nanoTime() - start);
        }
        if (expected == null) {
          expected = new io.tributary.poa.ReferenceAttributionEngine()
              .attribute(params, block.batch(), block.sketches());
        }
        final boolean agrees = result.equals(expected);
        allAgree &= agrees;
        if (backend == AttributionBackend.REFERENCE) {
          referenceNanos = best;
        }
        rows.add(new String[] {engine.name(), engine.device(), String.format(Locale.ROOT, "%.1f", best / 1e6),
            String.format(Locale.ROOT, "%.3g", block.lookups() * 1e9 / best),
            referenceNanos == 0 ? "-" : String.format(Locale.ROOT, "%.1fx", (double) referenceNanos / best),
            agrees ? "yes" : "NO"});
      } catch (OpenClUnavailableException e) {
        rows.add(new String[] {name, "unavailable: " + e.getMessage(), "-", "-", "-", "-"});
      }
    }
    out.printf(Locale.ROOT, "%-12s %-60s %12s %14s %10s %8s%n", "backend", "device", "block ms", "lookups/s",
        "vs ref", "agrees");
    for (final String[] row : rows) {
      out.printf(Locale.ROOT, "%-12s %-60s %12s %14s %10s %8s%n", (Object[]) row);
    }
    return allAgree ? 0 : 2;
  }
}
