package io.tributary.testnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The crash-consistency soak on four validators: {@code manifests/soak/soak-short.json} (about two minutes) in
 * {@code make test}, and {@code manifests/soak/soak.json} (30 minutes) under {@code make soak}
 * (-Dtributary.soak=true), which also writes its report to {@code tributary.soak.report}
 * (benchmarks/results/soak.json). {@code -Dtributary.soak.seed=N} replays a run with another seed.
 */
@EnabledIfSystemProperty(named = "tributary.multivalidator", matches = "true")
class SoakIT {
  @Test
  void noAcceptedTransactionIsLostAndNodesAgreeWhileValidatorsAreKilledPausedAndCutOff() throws Exception {
    final boolean soak = Boolean.getBoolean("tributary.soak");
    final String file = soak ? "soak/soak.json" : "soak/soak-short.json";
    SoakManifest manifest = SoakManifest.read(ItDirs.manifest(file));
    final String seed = System.getProperty("tributary.soak.seed", "");
    if (!seed.isBlank()) {
      manifest = manifest.withSeed(Long.parseLong(seed.trim()));
    }
    final StringWriter out = new StringWriter();
    final PrintWriter print = new PrintWriter(out, true);
    final SoakRunner.Result result = new SoakRunner(manifest, ItDirs.fresh(manifest.name()), print)
        .run(System.getProperty("tributary.soak.conditions", ""));
    final String report = System.getProperty("tributary.soak.report", "");
    if (soak && !report.isBlank()) {
      SoakRunner.write(result, Path.of(report));
    }
    System.out.print(out);

    assertThat(result.violations()).as(out.toString()).isEmpty();
    assertThat(result.actions()).as(out.toString()).isNotEmpty();
    assertThat(result.load().lost()).as(out.toString()).isZero();
    assertThat(result.load().doubleIncluded()).as(out.toString()).isZero();
    assertThat(result.load().included()).as(out.toString()).isPositive();
    assertThat(result.blocksFinalised()).as(out.toString()).isPositive();
  }
}
