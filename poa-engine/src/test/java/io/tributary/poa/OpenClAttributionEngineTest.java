package io.tributary.poa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aparapi.device.JavaDevice;
import com.aparapi.device.OpenCLDevice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The OpenCL backend against the reference. Runs wherever an OpenCL device exists; where PoCL is installed (CI) or
 * TRIBUTARY_REQUIRE_OPENCL is set, a missing device or a silent fallback to Java fails instead of skipping.
 */
class OpenClAttributionEngineTest {
  private static OpenClAttributionEngine engine;

  @BeforeAll
  static void openDevice() {
    final Optional<OpenCLDevice> device = OpenClDevices.best();
    if (device.isEmpty() && openClRequired()) {
      Assertions.fail("PoCL or TRIBUTARY_REQUIRE_OPENCL is present but Aparapi lists no OpenCL device");
    }
    Assumptions.assumeTrue(device.isPresent(), "no OpenCL device on this machine");
    engine = new OpenClAttributionEngine(device.get());
  }

  @AfterAll
  static void close() {
    if (engine != null) {
      engine.close();
    }
  }

  private static boolean openClRequired() {
    return Files.exists(Path.of("/etc/OpenCL/vendors/pocl.icd")) || System.getenv("TRIBUTARY_REQUIRE_OPENCL") != null;
  }

  @Test
  void runsTheKernelOnTheOpenClDeviceItself() {
    final AttributionFixtures.Case c = AttributionFixtures.seeded(3);
    engine.attribute(c.params(), c.batch(), c.sketches());
    assertThat(engine.lastRunWasOpenCl()).as("Aparapi ran on OpenCL, not a Java fallback").isTrue();
  }

  @Test
  void refusesToReportResultsWhenAparapiFallsBackToJava() {
    final AttributionFixtures.Case c = AttributionFixtures.seeded(3);
    try (OpenClAttributionEngine javaBacked = new OpenClAttributionEngine(JavaDevice.THREAD_POOL)) {
      assertThatThrownBy(() -> javaBacked.attribute(c.params(), c.batch(), c.sketches()))
          .isInstanceOf(OpenClUnavailableException.class).hasMessageContaining("not OpenCL");
      assertThat(javaBacked.lastRunWasOpenCl()).isFalse();
    }
  }

  @Test
  void isWhatAutoPicksWhenAnOpenClDeviceWorks() {
    try (AttributionEngine chosen = AttributionBackend.AUTO.open()) {
      assertThat(chosen.name()).isEqualTo("opencl");
    }
  }

  @Test
  void keepsUnchangedFiltersOnTheDeviceAcrossBlocks() {
    final AttributionFixtures.Case c = AttributionFixtures.seeded(5);
    final AttributionResult first = engine.attribute(c.params(), c.batch(), c.sketches());
    final AttributionResult second = engine.attribute(c.params(), c.batch(), c.sketches());
    assertThat(second).isEqualTo(first)
        .isEqualTo(new ReferenceAttributionEngine().attribute(c.params(), c.batch(), c.sketches()));
    assertThat(List.of(engine.lastRunWasOpenCl())).containsExactly(true);
  }

  @TestFactory
  Stream<DynamicTest> agreesWithTheReferenceOnEveryFixture() {
    return DifferentialAssertions.agreeWithReference(engine);
  }
}
