package io.tributary.poa;

import java.util.List;
import java.util.Map;

/** A small fixed batch that a backend must attribute exactly like the reference before a node trusts it. */
final class SelfCheck {
  private SelfCheck() {}

  static void run(final AttributionEngine engine) {
    final AttributionParams params = AttributionParams.DEFAULTS;
    final SketchBuilder builder = new SketchBuilder(params.minBits(), params);
    final long[] text = new long[64];
    for (int i = 0; i < text.length; i++) {
      text[i] = Shingles.mix(i + 1L);
    }
    builder.addDocument(text);
    final SketchSource source = new MapSketchSource(Map.of(1L, builder.seal()));
    final AttributionBatch batch = new AttributionBatch(List.of(
        new Inference(text, new long[] {1L}), new Inference(new long[] {7, 8, 9, 10, 11, 12, 13, 14, 15},
            new long[] {1L})));
    final AttributionResult expected = new ReferenceAttributionEngine().attribute(params, batch, source);
    final AttributionResult actual = engine.attribute(params, batch, source);
    if (!expected.equals(actual)) {
      throw new IllegalStateException(engine.name() + " returned " + actual + ", the reference " + expected);
    }
  }
}
