package io.tributary.poa;

import java.util.Locale;
import java.util.function.Supplier;
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
      case OPENCL -> checked(OpenClAttributionEngine.onBestDevice());
      case AUTO -> openAuto(OpenClAttributionEngine::onBestDevice);
    };
    LOG.info("Proof-of-attribution backend {} on {}", engine.name(), engine.device());
    return engine;
  }

  /** auto with the OpenCL engine from {@code openCl}; tests pass one that cannot run to see the fallback. */
  static AttributionEngine openAuto(final Supplier<OpenClAttributionEngine> openCl) {
    try {
      return checked(openCl.get());
    } catch (OpenClUnavailableException e) {
      LOG.info("No usable OpenCL device ({}); using the parallel CPU backend", e.getMessage());
      return new ParallelCpuAttributionEngine();
    }
  }

  private static AttributionEngine checked(final OpenClAttributionEngine engine) {
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
