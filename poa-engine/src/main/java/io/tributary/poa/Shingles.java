package io.tributary.poa;

import java.util.Arrays;

/**
 * Shingles (SPEC.md section 3): n consecutive word hashes folded into one uint64 with the murmur3 64-bit finaliser.
 * Folding is order-sensitive because the finaliser is not linear.
 */
public final class Shingles {
  /** The fold's starting value: the 64-bit golden ratio, so an all-zero window does not fold to zero. */
  public static final long SEED = 0x9E3779B97F4A7C15L;

  private Shingles() {}

  /** murmur3 fmix64: a bijection on 64 bits with full avalanche. */
  public static long mix(final long value) {
    long z = value;
    z ^= z >>> 33;
    z *= 0xFF51AFD7ED558CCDL;
    z ^= z >>> 33;
    z *= 0xC4CEB9FE1A85EC53L;
    z ^= z >>> 33;
    return z;
  }

  /** The shingle of words[from .. from + n). */
  public static long fold(final long[] wordHashes, final int from, final int n) {
    long s = SEED;
    for (int i = from; i < from + n; i++) {
      s = mix(s ^ wordHashes[i]);
    }
    return s;
  }

  /** Every window's shingle in order, duplicates kept: max(0, words - n + 1) values. */
  public static long[] windows(final long[] wordHashes, final int n) {
    final int count = Math.max(0, wordHashes.length - n + 1);
    final long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = fold(wordHashes, i, n);
    }
    return out;
  }

  /** The distinct shingles, sorted as signed longs (the order is irrelevant to hits; sorting makes it canonical). */
  public static long[] distinct(final long[] wordHashes, final int n) {
    final long[] all = windows(wordHashes, n);
    Arrays.sort(all);
    int unique = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[unique++] = all[i];
      }
    }
    return Arrays.copyOf(all, unique);
  }
}
