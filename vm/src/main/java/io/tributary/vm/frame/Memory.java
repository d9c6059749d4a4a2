package io.tributary.vm.frame;

import java.util.Arrays;

/**
 * A frame's memory: bytes that grow in 32-byte words and read as zero beyond what was written. The caller charges
 * expansion (see {@link io.tributary.vm.gas.GasCalculator#memoryExpansionCost}) before it calls {@link #expand}.
 */
public final class Memory {
  private byte[] data = new byte[0];
  private long activeWords;

  /** The size in 32-byte words, as MSIZE (times 32) reports it. */
  public long activeWords() {
    return activeWords;
  }

  public long activeBytes() {
    return activeWords * 32;
  }

  /** The words memory has after touching {@code length} bytes at {@code offset}; unchanged for an empty range. */
  public long wordsAfter(final long offset, final long length) {
    if (length == 0) {
      return activeWords;
    }
    final long end = offset + length;
    return Math.max(activeWords, (end + 31) >>> 5);
  }

  /** Grows to cover {@code length} bytes at {@code offset} (offsets fit in an int: gas checks come first). */
  public void expand(final long offset, final long length) {
    final long words = wordsAfter(offset, length);
    if (words > activeWords) {
      final int needed = (int) (words * 32);
      if (needed > data.length) {
        final long doubled = Math.min(Integer.MAX_VALUE - 8, data.length * 2L);
        data = Arrays.copyOf(data, (int) Math.max(needed, doubled));
      }
      activeWords = words;
    }
  }

  /** The backing array: bytes [0, activeBytes) are memory, the rest zero. Operations read and write it directly. */
  public byte[] data() {
    return data;
  }

  /** A copy of {@code length} bytes at {@code offset} (already expanded). */
  public byte[] copy(final long offset, final long length) {
    if (length == 0) {
      return new byte[0];
    }
    return Arrays.copyOfRange(data, (int) offset, (int) (offset + length));
  }

  /**
   * Writes {@code length} bytes of {@code src} from {@code srcOffset} at {@code offset}, zero-filling what lies past
   * the end of {@code src} (the *COPY operations' rule). Memory is already expanded.
   */
  public void copyPadded(final long offset, final byte[] src, final long srcOffset, final long length) {
    if (length == 0) {
      return;
    }
    final int dst = (int) offset;
    final int len = (int) length;
    if (srcOffset >= src.length) {
      Arrays.fill(data, dst, dst + len, (byte) 0);
      return;
    }
    final int available = (int) Math.min(len, src.length - srcOffset);
    System.arraycopy(src, (int) srcOffset, data, dst, available);
    if (available < len) {
      Arrays.fill(data, dst + available, dst + len, (byte) 0);
    }
  }
}
