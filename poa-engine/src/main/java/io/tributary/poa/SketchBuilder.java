package io.tributary.poa;

import java.util.HashSet;
import java.util.Set;

/**
 * Builds a dataset's filter from documents streamed one word at a time. Shingles never span two documents. The distinct
 * shingle count is exact (a set), which bounds memory by the corpus's distinct shingles; it is off-chain only.
 */
public final class SketchBuilder {
  private final int bits;
  private final int probes;
  private final int shingleWords;
  private final long[] words;
  private final long[] window;
  private final Set<Long> seen = new HashSet<>();
  private int filled;
  private int next;

  public SketchBuilder(final int bits, final int probes, final int shingleWords) {
    if (bits < AttributionParams.MIN_SUPPORTED_BITS || bits > AttributionParams.MAX_SUPPORTED_BITS) {
      throw new IllegalArgumentException("b must be in [6, 32], got " + bits);
    }
    this.bits = bits;
    this.probes = probes;
    this.shingleWords = shingleWords;
    this.words = new long[SealedSketch.wordCount(bits)];
    this.window = new long[shingleWords];
  }

  public SketchBuilder(final int bits, final AttributionParams params) {
    this(bits, params.probes(), params.shingleWords());
  }

  /** Starts a new document: the next shingle begins with the next word. */
  public void endDocument() {
    filled = 0;
    next = 0;
  }

  /** Appends one word hash of the current document. */
  public void addWord(final long wordHash) {
    window[next] = wordHash;
    next = (next + 1) % shingleWords;
    if (filled < shingleWords) {
      filled++;
    }
    if (filled == shingleWords) {
      // the oldest word sits at `next` once the ring is full
      long s = Shingles.SEED;
      for (int i = 0; i < shingleWords; i++) {
        s = Shingles.mix(s ^ window[(next + i) % shingleWords]);
      }
      addShingle(s);
    }
  }

  /** Adds a whole document of word hashes. */
  public void addDocument(final long[] wordHashes) {
    endDocument();
    for (final long w : wordHashes) {
      addWord(w);
    }
    endDocument();
  }

  public void addShingle(final long shingle) {
    if (seen.add(shingle)) {
      BloomProbes.add(words, bits, probes, shingle);
    }
  }

  public long shingleCount() {
    return seen.size();
  }

  public SealedSketch seal() {
    return new SealedSketch(bits, probes, shingleWords, seen.size(), words.clone());
  }

  /**
   * The smallest b in the bounds whose filter stays at most half full for {@code shingles} shingles: k * S <= m * ln 2,
   * taken as k * S * 10000 <= m * 6931 in integers.
   */
  public static int bitsFor(final long shingles, final AttributionParams params) {
    for (int b = params.minBits(); b <= params.maxBits(); b++) {
      if (params.probes() * shingles * 10_000L <= (1L << b) * 6_931L) {
        return b;
      }
    }
    return params.maxBits();
  }
}
