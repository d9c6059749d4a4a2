package io.tributary.poa;

import static org.assertj.core.api.Assertions.assertThat;

import com.aparapi.device.JavaDevice;
import org.junit.jupiter.api.Test;

class AttributionBackendTest {
  @Test
  void autoFallsBackToTheParallelCpuWhenTheKernelDoesNotRunOnOpenCl() {
    try (AttributionEngine engine = AttributionBackend.openAuto(
        () -> new OpenClAttributionEngine(JavaDevice.THREAD_POOL))) {
      assertThat(engine.name()).isEqualTo("cpu-parallel");
    }
  }

  @Test
  void autoFallsBackToTheParallelCpuWhenThereIsNoOpenClDevice() {
    try (AttributionEngine engine = AttributionBackend.openAuto(() -> {
      throw new OpenClUnavailableException("no OpenCL device found");
    })) {
      assertThat(engine.name()).isEqualTo("cpu-parallel");
    }
  }

  @Test
  void parsesTheCommandLineNamesInAnyCase() {
    assertThat(AttributionBackend.parse(" OpenCL ")).isEqualTo(AttributionBackend.OPENCL);
    assertThat(AttributionBackend.parse("cpu")).isEqualTo(AttributionBackend.CPU);
    try (AttributionEngine engine = AttributionBackend.REFERENCE.open()) {
      assertThat(engine.name()).isEqualTo("reference");
    }
  }
}
