package io.tributary.poa;

/**
 * Computes hits for every (inference, candidate dataset) pair of a batch. Every implementation must return exactly what
 * {@link ReferenceAttributionEngine} returns: that class is the specification.
 *
 * <p>Throws {@link IllegalArgumentException} when an inference has more than maxWords words, a candidate has no
 * sketch, or a sketch was built with another n or k or has a b outside the bounds; callers on consensus paths check
 * these before calling.
 */
public interface AttributionEngine extends AutoCloseable {
  /** A short name for logs and benchmark tables. */
  String name();

  /** Where it runs, for the node's log line ("CPU reference", "OpenCL: pthread-haswell ..."). */
  String device();

  AttributionResult attribute(AttributionParams params, AttributionBatch batch, SketchSource sketches);

  @Override
  default void close() {}
}
