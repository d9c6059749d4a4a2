package io.tributary.testnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakScheduleTest {
  @TempDir Path tmp;

  @Test
  void theShippedSoakManifestsParseAndTheLongOneRunsThirtyMinutes() throws IOException {
    final SoakManifest soak = SoakManifest.read(Path.of("manifests/soak/soak.json"));
    final SoakManifest shortSoak = SoakManifest.read(Path.of("manifests/soak/soak-short.json"));

    assertThat(soak.durationValue()).isEqualTo(Duration.ofMinutes(30));
    assertThat(soak.validators()).isEqualTo(4);
    assertThat(shortSoak.durationValue()).isLessThanOrEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void theSameSeedGivesTheSameActionsAndAnotherSeedOthers() throws IOException {
    final SoakManifest soak = SoakManifest.read(Path.of("manifests/soak/soak.json"));

    final List<SoakSchedule.Action> plan = SoakSchedule.plan(soak);

    assertThat(SoakSchedule.plan(soak)).isEqualTo(plan);
    assertThat(SoakSchedule.plan(soak.withSeed(soak.seed() + 1))).isNotEqualTo(plan);
  }

  @Test
  void aPlanFillsTheDurationWithEveryWeightedActionOnValidatorsWithinTheRanges() throws IOException {
    final SoakManifest soak = SoakManifest.read(Path.of("manifests/soak/soak.json"));

    final List<SoakSchedule.Action> plan = SoakSchedule.plan(soak);

    final long planned = plan.stream().mapToLong(a -> a.gap().toMillis() + a.down().toMillis()).sum();
    assertThat(planned).isGreaterThanOrEqualTo(soak.durationValue().toMillis());
    assertThat(plan.stream().map(SoakSchedule.Action::kind).collect(Collectors.toSet()))
        .isEqualTo(Set.of(SoakSchedule.Kind.values()));
    assertThat(plan).allSatisfy(a -> {
      assertThat(a.node()).isIn("node0", "node1", "node2", "node3");
      assertThat(a.down()).isBetween(soak.down().minDuration(), soak.down().maxDuration());
      assertThat(a.gap()).isBetween(soak.gap().minDuration(), soak.gap().maxDuration());
    });
    assertThat(plan.stream().map(SoakSchedule.Action::node).distinct()).hasSize(4);
  }

  @Test
  void aZeroWeightActionIsNeverDrawn() throws IOException {
    final SoakManifest soak = read("""
        {"name": "s", "validators": 4, "duration": "10m", "seed": 3, "load": {"tps": 5},
         "actions": {"pause": 1}, "gap": {"min": "1s", "max": "2s"}, "down": {"min": "1s", "max": "1s"}}
        """);

    assertThat(SoakSchedule.plan(soak)).isNotEmpty()
        .allSatisfy(a -> assertThat(a.kind()).isEqualTo(SoakSchedule.Kind.PAUSE))
        .allSatisfy(a -> assertThat(a.down()).isEqualTo(Duration.ofSeconds(1)));
  }

  @Test
  void aSoakThatCannotTakeAValidatorOutOrHasNoActionIsRefused() {
    assertThatThrownBy(() -> read("""
        {"name": "s", "validators": 3, "duration": "1m", "load": {"tps": 5}, "actions": {"pause": 1},
         "gap": {"min": "1s", "max": "2s"}, "down": {"min": "1s", "max": "2s"}}
        """)).hasMessageContaining("4..20 validators");
    assertThatThrownBy(() -> read("""
        {"name": "s", "validators": 4, "duration": "1m", "load": {"tps": 5}, "actions": {"crash": 1},
         "gap": {"min": "1s", "max": "2s"}, "down": {"min": "1s", "max": "2s"}}
        """)).hasMessageContaining("crash");
    assertThatThrownBy(() -> read("""
        {"name": "s", "validators": 4, "duration": "1m", "load": {"tps": 5}, "actions": {"pause": 1},
         "gap": {"min": "3s", "max": "2s"}, "down": {"min": "1s", "max": "2s"}}
        """)).hasMessageContaining("gap.min");
  }

  private SoakManifest read(final String json) throws IOException {
    final Path file = tmp.resolve("soak.json");
    Files.writeString(file, json);
    return SoakManifest.read(file);
  }
}
