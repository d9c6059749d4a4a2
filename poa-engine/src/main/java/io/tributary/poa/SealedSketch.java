package io.tributary.poa;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Hash;
import java.nio.ByteBuffer;

/**
 * A dataset's sealed, immutable Bloom filter of shingles: m = 2^b bits held as m / 64 longs, built with k probes over
 * n-word shingles. The words array is owned by the sketch and never modified after sealing; callers must not write it.
 */
public final class SealedSketch {
  private final int bits;
  private final int probes;
  private final int shingleWords;
  private final long shingleCount;
  private final long[] words;

  public SealedSketch(
      final int bits, final int probes, final int shingleWords, final long shingleCount, final long[] words) {
    if (bits < AttributionParams.MIN_SUPPORTED_BITS || bits > AttributionParams.MAX_SUPPORTED_BITS) {
      throw new IllegalArgumentException("b must be in [6, 32], got " + bits);
    }
    if (words.length != wordCount(bits)) {
      throw new IllegalArgumentException("2^" + bits + " bits need " + wordCount(bits) + " words, got " + words.length);
    }
    if (shingleCount < 0) {
      throw new IllegalArgumentException("negative shingle count");
    }
    this.bits = bits;
    this.probes = probes;
    this.shingleWords = shingleWords;
    this.shingleCount = shingleCount;
    this.words = words;
  }

  public static int wordCount(final int bits) {
    return 1 << (bits - 6);
  }

  public int bits() {
    return bits;
  }

  public int probes() {
    return probes;
  }

  public int shingleWords() {
    return shingleWords;
  }

  public long shingleCount() {
    return shingleCount;
  }

  /** The bit array itself (not copied, for the engines' hot paths). */
  public long[] words() {
    return words;
  }

  public boolean contains(final long shingle) {
    return BloomProbes.contains(words, bits, probes, shingle);
  }

  /** Number of set bits. */
  public long popCount() {
    long count = 0;
    for (final long w : words) {
      count += Long.bitCount(w);
    }
    return count;
  }

  /** The bit array as bytes, each word big-endian: what the commitment and the sketch file hold. */
  public byte[] bitArrayBytes() {
    final ByteBuffer buffer = ByteBuffer.allocate(words.length * 8);
    for (final long w : words) {
      buffer.putLong(w);
    }
    return buffer.array();
  }

  /** keccak-256 of {@link #bitArrayBytes()}: the commitment a dataset registers on chain. */
  public Hash commitment() {
    return Hash.wrap(org.apache.tuweni.bytes.Bytes.wrap(Keccak256.digest(bitArrayBytes())));
  }

  /** Whether the sketch may be sealed under params: matching n and k, allowed b, and at most half of its bits set. */
  public SketchProblem check(final AttributionParams params) {
    if (shingleWords != params.shingleWords()) {
      return SketchProblem.WRONG_SHINGLE_WORDS;
    }
    if (probes != params.probes()) {
      return SketchProblem.WRONG_PROBES;
    }
    if (!params.allowsBits(bits)) {
      return SketchProblem.BITS_OUT_OF_BOUNDS;
    }
    if (2 * popCount() > (1L << bits)) {
      return SketchProblem.OVERFILLED;
    }
    return SketchProblem.NONE;
  }
}
