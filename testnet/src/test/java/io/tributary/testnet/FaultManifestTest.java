package io.tributary.testnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultManifestTest {
  @TempDir Path tmp;

  @Test
  void aMalformedDurationIsAnArgumentErrorQuotingIt() {
    assertThatThrownBy(() -> FaultManifest.duration("5x", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5x");
  }

  @Test
  void everyShippedManifestParsesAndValidates() throws IOException {
    final List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("manifests"))) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString()).contains("kill-restart.json", "pause.json",
        "partition-heal.json", "late-joiner.json", "halt-below-quorum.json");
    for (final Path file : files) {
      final FaultManifest manifest = FaultManifest.read(file);
      assertThat(manifest.steps()).as(file.toString()).isNotEmpty();
    }
  }

  @Test
  void stepsReadTheirTriggersActionsAndDurations() throws IOException {
    final FaultManifest manifest = read("""
        {"name": "x", "validators": 4, "fullNodes": 1, "lateJoiners": ["node4"],
         "steps": [{"atHeight": 5, "action": "kill-restart", "nodes": ["node1"], "for": "1500ms"},
                   {"after": "2s", "action": "partition", "groups": [["node0", "node1"], ["node2", "node3"]]},
                   {"action": "heal"}]}
        """);
    assertThat(manifest.nodeNames()).containsExactly("node0", "node1", "node2", "node3", "node4");
    final FaultManifest.Step first = manifest.steps().get(0);
    assertThat(first.atHeight()).isEqualTo(5);
    assertThat(first.action()).isEqualTo(FaultManifest.Action.KILL_RESTART);
    assertThat(FaultManifest.duration(first.duration(), null).toMillis()).isEqualTo(1500);
    assertThat(first.describe()).isEqualTo("kill-restart node1 for 1500ms");
    assertThat(manifest.steps().get(1).groups()).hasSize(2);
    assertThat(manifest.blockTime()).isEqualTo("1s");
  }

  @Test
  void aStepNamingAnUnknownNodeIsRefusedWithItsNumber() {
    assertThatThrownBy(() -> read("""
        {"name": "x", "validators": 2, "steps": [{"action": "heal"}, {"action": "kill", "nodes": ["node7"]}]}
        """)).hasMessageContaining("step 2 names node7, not a node");
  }

  @Test
  void aPartitionNeedsTwoDisjointGroups() {
    assertThatThrownBy(() -> read("""
        {"name": "x", "validators": 3, "steps": [{"action": "partition", "groups": [["node0", "node1", "node2"]]}]}
        """)).hasMessageContaining("at least two groups");
    assertThatThrownBy(() -> read("""
        {"name": "x", "validators": 3, "steps": [{"action": "partition", "groups": [["node0"], ["node0", "node1"]]}]}
        """)).hasMessageContaining("node0 twice");
  }

  @Test
  void unknownActionsAndFieldsAreRefused() {
    assertThatThrownBy(() -> read("""
        {"name": "x", "validators": 1, "steps": [{"action": "explode"}]}
        """)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> read("""
        {"name": "x", "validators": 1, "step": []}
        """)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExpectStepSaysAdvancingOrHalted() {
    assertThatThrownBy(() -> read("""
        {"name": "x", "validators": 1, "steps": [{"action": "expect", "expect": "fast"}]}
        """)).hasMessageContaining("\"advancing\" or \"halted\"");
  }

  private FaultManifest read(final String json) throws IOException {
    return FaultManifest.read(Files.writeString(tmp.resolve("m.json"), json));
  }
}
