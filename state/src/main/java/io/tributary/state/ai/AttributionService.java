package io.tributary.state.ai;

import io.tributary.core.crypto.Keccak256;
import io.tributary.poa.AttributionBatch;
import io.tributary.poa.AttributionEngine;
import io.tributary.poa.AttributionParams;
import io.tributary.poa.AttributionResult;
import io.tributary.poa.Inference;
import io.tributary.poa.ReferenceAttributionEngine;
import io.tributary.poa.SealedSketch;
import io.tributary.poa.SketchSource;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tuweni.bytes.Bytes32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's attribution engine behind the modules: computes hits through the poa-engine (GPU, parallel CPU or the
 * reference) and remembers them. Hits are a pure function of the parameters, the word hashes and the sealed sketches
 * (named by their commitments), so the memo is keyed by exactly those and never changes a result: whether a block's
 * inferences were computed in one batch before execution ({@link #computeBatch}) or one by one while it runs, every
 * validator gets the same hits.
 */
public final class AttributionService {
  private static final int MEMO_ENTRIES = 8192;
  private static final int SKETCH_ENTRIES = 256;

  /** One inference to attribute: its word hashes and its candidates with their sealed sketches' commitments. */
  public record Job(long[] words, long[] candidates, Bytes32[] commitments, SketchLoader loader) {}

  /** Loads a sealed dataset's sketch from the state. */
  @FunctionalInterface
  public interface SketchLoader {
    SealedSketch load(long datasetId);
  }

  private static final Logger LOG = LoggerFactory.getLogger(AttributionService.class);
  private static final ReferenceAttributionEngine REFERENCE = new ReferenceAttributionEngine();

  private final AttributionEngine engine;
  private final Map<Bytes32, int[]> memo = lru(MEMO_ENTRIES);
  private final Map<Bytes32, SealedSketch> sketches = lru(SKETCH_ENTRIES);
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong inferences = new AtomicLong();
  private final AtomicLong pairs = new AtomicLong();
  private final AtomicLong nanos = new AtomicLong();

  public AttributionService(final AttributionEngine engine) {
    this.engine = engine;
  }

  public AttributionEngine engine() {
    return engine;
  }

  /** Counters for poa_engineInfo and metrics. */
  public record Counters(long batches, long inferences, long pairs, long nanos) {}

  public Counters counters() {
    return new Counters(batches.get(), inferences.get(), pairs.get(), nanos.get());
  }

  /** Hits of one inference per candidate, in candidate order: from the memo, or computed now. */
  public int[] hits(final AttributionParams params, final Job job) {
    final Bytes32 key = key(params, job);
    synchronized (memo) {
      final int[] known = memo.get(key);
      if (known != null) {
        return known.clone();
      }
    }
    computeBatch(params, List.of(job));
    synchronized (memo) {
      return memo.get(key).clone();
    }
  }

  /** Attributes every job not yet known in one engine call; returns how many were computed. */
  public int computeBatch(final AttributionParams params, final List<Job> jobs) {
    final List<Job> todo = new ArrayList<>();
    final List<Bytes32> keys = new ArrayList<>();
    synchronized (memo) {
      for (final Job job : jobs) {
        final Bytes32 key = key(params, job);
        if (!memo.containsKey(key) && !keys.contains(key)) {
          todo.add(job);
          keys.add(key);
        }
      }
    }
    if (todo.isEmpty()) {
      return 0;
    }
    final Map<Long, SealedSketch> needed = new LinkedHashMap<>();
    final List<Inference> batch = new ArrayList<>(todo.size());
    long pairCount = 0;
    for (final Job job : todo) {
      for (int c = 0; c < job.candidates().length; c++) {
        needed.put(job.candidates()[c], sketch(job.candidates()[c], job.commitments()[c], job.loader()));
      }
      batch.add(new Inference(job.words(), job.candidates()));
      pairCount += job.candidates().length;
    }
    final long start = System.nanoTime();
    final AttributionResult result = attribute(params, new AttributionBatch(batch),
        id -> Optional.ofNullable(needed.get(id)));
    nanos.addAndGet(System.nanoTime() - start);
    batches.incrementAndGet();
    inferences.addAndGet(todo.size());
    pairs.addAndGet(pairCount);
    synchronized (memo) {
      for (int i = 0; i < todo.size(); i++) {
        memo.put(keys.get(i), result.hitsOf(i));
      }
    }
    return todo.size();
  }

  /**
   * Runs the engine; if it fails (a lost GPU, a driver error) the reference computes the same integers instead, so a
   * validator's hardware trouble never changes a result. An input the reference refuses too is the caller's error
   * ({@link IllegalArgumentException}), the same on every node.
   */
  private AttributionResult attribute(final AttributionParams params, final AttributionBatch batch,
      final SketchSource sketches) {
    synchronized (engine) {
      try {
        return engine.attribute(params, batch, sketches);
      } catch (final RuntimeException e) {
        if (engine instanceof ReferenceAttributionEngine) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
        LOG.warn("Attribution engine {} failed ({}); computing this batch with the CPU reference", engine.name(),
            e.toString());
      }
    }
    try {
      return REFERENCE.attribute(params, batch, sketches);
    } catch (final RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private SealedSketch sketch(final long id, final Bytes32 commitment, final SketchLoader loader) {
    final Bytes32 key = Bytes32.wrap(Keccak256.digest(ByteBuffer.allocate(40).putLong(id)
        .put(commitment.toArrayUnsafe()).array()));
    synchronized (sketches) {
      final SealedSketch cached = sketches.get(key);
      if (cached != null) {
        return cached;
      }
    }
    final SealedSketch loaded = loader.load(id);
    synchronized (sketches) {
      sketches.put(key, loaded);
    }
    return loaded;
  }

  private static Bytes32 key(final AttributionParams params, final Job job) {
    final ByteBuffer buffer = ByteBuffer.allocate(6 * 4 + 4 + job.words().length * 8 + 4
        + job.candidates().length * 40);
    buffer.putInt(params.shingleWords()).putInt(params.probes()).putInt(params.minBits()).putInt(params.maxBits())
        .putInt(params.minHits()).putInt(params.maxWords());
    buffer.putInt(job.words().length);
    for (final long word : job.words()) {
      buffer.putLong(word);
    }
    buffer.putInt(job.candidates().length);
    for (int c = 0; c < job.candidates().length; c++) {
      buffer.putLong(job.candidates()[c]).put(job.commitments()[c].toArrayUnsafe());
    }
    return Bytes32.wrap(Keccak256.digest(buffer.array()));
  }

  private static <K, V> Map<K, V> lru(final int entries) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(final Map.Entry<K, V> eldest) {
        return size() > entries;
      }
    };
  }
}
