package io.tributary.node.cli.run;

import io.tributary.poa.AttributionBackend;
import picocli.CommandLine.Option;

/** Where a validator verifies attribution claims, shared by {@code dev} and {@code node}. */
public final class PoaOptions {
  @Option(names = "--poa-backend", paramLabel = "auto|opencl|cpu|reference", defaultValue = "auto",
      description = "proof-of-attribution engine: auto takes a working GPU or OpenCL device, else the parallel CPU"
          + " backend (default: ${DEFAULT-VALUE})")
  String backend;

  public AttributionBackend backend() {
    return AttributionBackend.parse(backend);
  }
}
