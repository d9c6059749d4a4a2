package io.tributary.testnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault scenarios of testnet/manifests on four validators (and a full node): they need nodes that form a network
 * (p2p and the BFT engine of issue 8), so they run with -Dtributary.multivalidator=true (testnet/pom.xml).
 */
@EnabledIfSystemProperty(named = "tributary.multivalidator", matches = "true")
class MultiValidatorFaultsIT {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kill-restart.json", "pause.json", "partition-heal.json", "late-joiner.json",
      "halt-below-quorum.json"})
  void everyInvariantHoldsThroughTheScenario(final String manifest) throws Exception {
    final StringWriter out = new StringWriter();
    final FaultReport report = new FaultRunner(FaultManifest.read(ItDirs.manifest(manifest)),
        ItDirs.fresh(manifest.replace(".json", "")), new PrintWriter(out, true)).run();

    assertThat(report.violations()).as(out.toString()).isEmpty();
    assertThat(report.checksPassed()).as(out.toString())
        .anyMatch(c -> c.startsWith("all ") && c.contains("running nodes agree on blocks 1.."));
  }
}
