package io.tributary.testnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault runner on a one-validator network, which today's node forms: kill -9 and restart, SIGSTOP and SIGCONT.
 * The chain must halt while its only validator is down, never lose a final block and advance again after.
 */
class SingleValidatorFaultsIT {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"single-kill-restart.json", "single-pause.json"})
  void aSingleValidatorHaltsWhileDownAndResumesWithoutLosingFinalBlocks(final String manifest) throws Exception {
    final StringWriter out = new StringWriter();
    final FaultReport report = new FaultRunner(FaultManifest.read(ItDirs.manifest(manifest)),
        ItDirs.fresh(manifest.replace(".json", "")), new PrintWriter(out, true)).run();

    assertThat(report.violations()).as(out.toString()).isEmpty();
    assertThat(report.checksPassed()).as(out.toString())
        .anyMatch(c -> c.startsWith("the chain halts with 0 of 1 validators"))
        .anyMatch(c -> c.startsWith("the chain advances with 1 of 1 validators"))
        .anyMatch(c -> c.startsWith("all 1 running nodes agree on blocks 1.."));
  }
}
