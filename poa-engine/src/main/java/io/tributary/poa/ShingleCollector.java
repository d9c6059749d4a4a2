package io.tributary.poa;

import java.util.Arrays;

/**
 * Collects the distinct shingles of a corpus streamed one word at a time, in 8 bytes per shingle: windows go into a
 * growing array that is sorted and deduplicated whenever it fills. Shingles never span two documents. Lets the sketch
 * builder count the corpus before choosing the filter size.
 */
public final class ShingleCollector {
  private final int shingleWords;
  private final long[] window;
  private long[] shingles = new long[1 << 16];
  private int size;
  private int sortedPrefix;
  private int filled;
  private int next;

  public ShingleCollector(final int shingleWords) {
    this.shingleWords = shingleWords;
    this.window = new long[shingleWords];
  }

  /** Starts a new document. */
  public void endDocument() {
    filled = 0;
    next = 0;
  }

  public void addWord(final long wordHash) {
    window[next] = wordHash;
    next = (next + 1) % shingleWords;
    if (filled < shingleWords) {
      filled++;
    }
    if (filled == shingleWords) {
      long s = Shingles.SEED;
      for (int i = 0; i < shingleWords; i++) {
        s = Shingles.mix(s ^ window[(next + i) % shingleWords]);
      }
      add(s);
    }
  }

  private void add(final long shingle) {
    if (size == shingles.length) {
      compact();
      if (size > shingles.length / 2) {
        if (shingles.length == Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("more than 2^31 distinct shingles");
        }
        shingles = Arrays.copyOf(shingles, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * shingles.length));
      }
    }
    shingles[size++] = shingle;
  }

  private void compact() {
    if (sortedPrefix == size) {
      return;
    }
    Arrays.sort(shingles, 0, size);
    int unique = 0;
    for (int i = 0; i < size; i++) {
      if (unique == 0 || shingles[i] != shingles[unique - 1]) {
        shingles[unique++] = shingles[i];
      }
    }
    size = unique;
    sortedPrefix = unique;
  }

  /** The distinct shingles so far, sorted. */
  public long[] distinct() {
    compact();
    return Arrays.copyOf(shingles, size);
  }
}
