package io.tributary.poa;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code --poa-backend} choice. {@code auto} takes a GPU, then any OpenCL device (PoCL on a CPU), then the
 * parallel CPU backend; it proves an OpenCL device works by running a small batch against the reference first, so a
 * device that cannot compile or silently falls back to Java is never chosen.
 */
public enum AttributionBackend {
  AUTO, OPENCL, CPU, REFERENCE;

  private static final Logger LOG = LoggerFactory.getLogger(AttributionBackend.class);

  public static AttributionBackend parse(final String value) {
    return valueOf(value.strip().toUpperCase(Locale.ROOT));
  }

  /** Opens the engine; {@code OPENCL} throws {@link OpenClUnavailableException} when no device works. */
  public AttributionEngine open() {
    final AttributionEngine engine = switch (this) {
      case REFERENCE -> new ReferenceAttributionEngine();
      case CPU -> new ParallelCpuAttributionEngine();
      case OPENCL -> openClOrThrow();
      case AUTO -> openAuto();
    };
    LOG.info("Proof-of-attribution backend {} on {}", engine.name(), engine.device());
    return engine;
  }

  private static AttributionEngine openAuto() {
    try {
      return openClOrThrow();
    } catch (OpenClUnavailableException e) {
      LOG.info("No usable OpenCL device ({}); using the parallel CPU backend", e.getMessage());
      return new ParallelCpuAttributionEngine();
    }
  }

  private static AttributionEngine openClOrThrow() {
    final OpenClAttributionEngine engine = OpenClAttributionEngine.onBestDevice();
    try {
      SelfCheck.run(engine);
      return engine;
    } catch (RuntimeException e) {
      engine.close();
      throw e instanceof OpenClUnavailableException unavailable ? unavailable
          : new OpenClUnavailableException("OpenCL self-check failed on " + engine.device(), e);
    }
  }
}
