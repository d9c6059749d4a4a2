package io.tributary.poa;

/**
 * The protocol parameters of span attribution (SPEC.md section 2). Validated on construction so that every backend can
 * rely on the bounds: they keep probe indices inside a 64-bit long and filters inside one Java/OpenCL array.
 *
 * @param shingleWords n, the number of consecutive words folded into one shingle
 * @param probes k, the number of Bloom probes per shingle
 * @param minBits smallest allowed b (m = 2^b bits)
 * @param maxBits largest allowed b
 * @param minHits datasets with fewer hits get nothing
 * @param maxWords most word hashes per inference
 */
public record AttributionParams(
    int shingleWords, int probes, int minBits, int maxBits, int minHits, int maxWords) {
  public static final int MIN_SUPPORTED_BITS = 6;
  public static final int MAX_SUPPORTED_BITS = 32;
  public static final int MAX_PROBES = 32;
  public static final int MAX_SHINGLE_WORDS = 64;
  public static final int MAX_MAX_WORDS = 1 << 16;

  /** The defaults of SPEC.md: n = 8, k = 16, 10 <= b <= 30, minHits = 6, maxWords = 4096. */
  public static final AttributionParams DEFAULTS = new AttributionParams(8, 16, 10, 30, 6, 4096);

  public AttributionParams {
    check(shingleWords >= 1 && shingleWords <= MAX_SHINGLE_WORDS, "n must be in [1, 64], got " + shingleWords);
    check(probes >= 1 && probes <= MAX_PROBES, "k must be in [1, 32], got " + probes);
    check(minBits >= MIN_SUPPORTED_BITS && minBits <= maxBits && maxBits <= MAX_SUPPORTED_BITS,
        "b bounds must satisfy 6 <= minBits <= maxBits <= 32, got [" + minBits + ", " + maxBits + "]");
    check(minHits >= 1, "minHits must be at least 1, got " + minHits);
    check(maxWords >= 1 && maxWords <= MAX_MAX_WORDS, "maxWords must be in [1, 65536], got " + maxWords);
  }

  /** Whether a filter of 2^b bits is allowed. */
  public boolean allowsBits(final int bits) {
    return bits >= minBits && bits <= maxBits;
  }

  /** The same parameters with another n. */
  public AttributionParams withShingleWords(final int n) {
    return new AttributionParams(n, probes, minBits, maxBits, minHits, maxWords);
  }

  /** The same parameters with another k. */
  public AttributionParams withProbes(final int k) {
    return new AttributionParams(shingleWords, k, minBits, maxBits, minHits, maxWords);
  }

  private static void check(final boolean ok, final String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
