package io.tributary.poa;

/**
 * Probe positions of a shingle (SPEC.md section 4): double hashing from the shingle's halves. h1 is the low 32 bits,
 * h2 the high 32 bits forced odd, and probe j is (h1 + j * h2) mod 2^b. Because h2 is odd and m a power of two, the
 * k <= m probes are distinct. Bit i of a filter is bit (i mod 64), least significant first, of word i / 64.
 */
public final class BloomProbes {
  private BloomProbes() {}

  public static long position(final long shingle, final int probe, final int bits) {
    final long h1 = shingle & 0xFFFFFFFFL;
    final long h2 = (shingle >>> 32) | 1L;
    return (h1 + probe * h2) & mask(bits);
  }

  public static long mask(final int bits) {
    return bits == 64 ? -1L : (1L << bits) - 1;
  }

  public static boolean isSet(final long[] words, final long position) {
    return ((words[(int) (position >>> 6)] >>> (position & 63)) & 1L) != 0;
  }

  public static void set(final long[] words, final long position) {
    words[(int) (position >>> 6)] |= 1L << (position & 63);
  }

  /** Whether all k probes of the shingle are set: the shingle is (probably) in the filter. */
  public static boolean contains(final long[] words, final int bits, final int probes, final long shingle) {
    for (int j = 0; j < probes; j++) {
      if (!isSet(words, position(shingle, j, bits))) {
        return false;
      }
    }
    return true;
  }

  public static void add(final long[] words, final int bits, final int probes, final long shingle) {
    for (int j = 0; j < probes; j++) {
      set(words, position(shingle, j, bits));
    }
  }
}
