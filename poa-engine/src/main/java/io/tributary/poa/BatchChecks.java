package io.tributary.poa;

/** The preconditions every engine enforces identically before computing anything. */
final class BatchChecks {
  private BatchChecks() {}

  static SealedSketch sketchFor(
      final AttributionParams params, final SketchSource sketches, final long datasetId) {
    final SealedSketch sketch = sketches.sketch(datasetId)
        .orElseThrow(() -> new IllegalArgumentException("dataset " + datasetId + " has no sealed sketch"));
    if (sketch.shingleWords() != params.shingleWords() || sketch.probes() != params.probes()) {
      throw new IllegalArgumentException("dataset " + datasetId + " was sketched with n = " + sketch.shingleWords()
          + ", k = " + sketch.probes() + " but the protocol uses n = " + params.shingleWords() + ", k = "
          + params.probes());
    }
    if (!params.allowsBits(sketch.bits())) {
      throw new IllegalArgumentException("dataset " + datasetId + " has b = " + sketch.bits() + " outside ["
          + params.minBits() + ", " + params.maxBits() + "]");
    }
    return sketch;
  }

  static void checkWords(final AttributionParams params, final AttributionBatch batch) {
    for (int i = 0; i < batch.size(); i++) {
      if (batch.inference(i).wordCount() > params.maxWords()) {
        throw new IllegalArgumentException("inference " + i + " has " + batch.inference(i).wordCount()
            + " words, more than maxWords = " + params.maxWords());
      }
    }
  }
}
