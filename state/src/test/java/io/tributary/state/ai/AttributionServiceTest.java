package io.tributary.state.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.poa.AttributionBatch;
import io.tributary.poa.AttributionEngine;
import io.tributary.poa.AttributionParams;
import io.tributary.poa.AttributionResult;
import io.tributary.poa.ReferenceAttributionEngine;
import io.tributary.poa.SealedSketch;
import io.tributary.poa.SketchBuilder;
import io.tributary.poa.SketchSource;
import io.tributary.poa.WordHasher;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class AttributionServiceTest {
  private static final AttributionParams PARAMS = AiParams.DEFAULT.attribution();
  private static final String TEXT = AiModulesFlowTest.RIVERS;

  /** The reference engine under another name, running {@code before} on every batch. */
  private static AttributionEngine engine(final String name, final Runnable before) {
    final ReferenceAttributionEngine reference = new ReferenceAttributionEngine();
    return new AttributionEngine() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String device() {
        return "CPU";
      }

      @Override
      public AttributionResult attribute(final AttributionParams p, final AttributionBatch b, final SketchSource s) {
        before.run();
        return reference.attribute(p, b, s);
      }
    };
  }

  private static SealedSketch sketch() {
    final SketchBuilder builder = new SketchBuilder(10, PARAMS);
    builder.addDocument(WordHasher.hashText(TEXT));
    return builder.seal();
  }

  private static AttributionService.Job job(final SealedSketch sketch) {
    return new AttributionService.Job(WordHasher.hashText(TEXT), new long[] {1},
        new Bytes32[] {Bytes32.wrap(sketch.commitment())}, id -> sketch);
  }

  @Test
  void aFailingEngineFallsBackToTheReferenceAndGetsTheSameHits() {
    final AttributionEngine broken = engine("broken-gpu", () -> {
      throw new IllegalStateException("device lost");
    });
    final SealedSketch sketch = sketch();

    final int[] hits = new AttributionService(broken).hits(PARAMS, job(sketch));

    assertThat(hits).containsExactly(WordHasher.hashText(TEXT).length - PARAMS.shingleWords() + 1);
  }

  @Test
  void hitsAlreadyComputedInABatchAreNotComputedAgain() {
    final AtomicInteger calls = new AtomicInteger();
    final AttributionEngine counting = engine("counting", calls::incrementAndGet);
    final AttributionService service = new AttributionService(counting);
    final SealedSketch sketch = sketch();

    assertThat(service.computeBatch(PARAMS, List.of(job(sketch), job(sketch)))).isEqualTo(1);
    service.hits(PARAMS, job(sketch));

    assertThat(calls).hasValue(1);
    assertThat(service.counters().inferences()).isEqualTo(1);
  }
}
