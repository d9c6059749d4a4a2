package io.tributary.core.block;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.Arrays;
import org.apache.tuweni.bytes.Bytes;

/**
 * Ethereum's 2048-bit log bloom: each address and topic sets three bits chosen by the low 11 bits of the first three
 * byte pairs of its keccak256. A block's bloom is the union of its receipts'; filters test it before reading logs.
 */
public final class LogsBloom {
  public static final int BYTES = 256;
  public static final LogsBloom EMPTY = new LogsBloom(new byte[BYTES]);

  private final byte[] bits;

  private LogsBloom(final byte[] bits) {
    this.bits = bits;
  }

  public static LogsBloom wrap(final Bytes bytes) {
    if (bytes.size() != BYTES) {
      throw new IllegalArgumentException("a logs bloom is 256 bytes, got " + bytes.size());
    }
    return new LogsBloom(bytes.toArray());
  }

  /** The bloom of a set of logs. */
  public static LogsBloom of(final Iterable<Log> logs) {
    final byte[] bits = new byte[BYTES];
    for (final Log log : logs) {
      set(bits, log.address());
      for (final Hash topic : log.topics()) {
        set(bits, topic);
      }
    }
    return new LogsBloom(bits);
  }

  /** The union of blooms (a block's bloom from its receipts'). */
  public static LogsBloom union(final Iterable<LogsBloom> blooms) {
    final byte[] bits = new byte[BYTES];
    for (final LogsBloom bloom : blooms) {
      for (int i = 0; i < BYTES; i++) {
        bits[i] |= bloom.bits[i];
      }
    }
    return new LogsBloom(bits);
  }

  /** False means certainly absent; true means possibly present. */
  public boolean couldContain(final Address address) {
    return couldContain((Bytes) address);
  }

  public boolean couldContain(final Hash topic) {
    return couldContain((Bytes) topic);
  }

  private boolean couldContain(final Bytes item) {
    final byte[] probe = new byte[BYTES];
    set(probe, item);
    for (int i = 0; i < BYTES; i++) {
      if ((bits[i] & probe[i]) != probe[i]) {
        return false;
      }
    }
    return true;
  }

  private static void set(final byte[] bits, final Bytes item) {
    final byte[] h = Keccak256.digest(item.toArrayUnsafe());
    for (int i = 0; i < 6; i += 2) {
      final int bit = ((h[i] & 0xff) << 8 | (h[i + 1] & 0xff)) & 2047;
      bits[BYTES - 1 - bit / 8] |= (byte) (1 << (bit % 8));
    }
  }

  public Bytes toBytes() {
    return Bytes.wrap(bits.clone());
  }

  public boolean isEmpty() {
    return Arrays.equals(bits, EMPTY.bits);
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof LogsBloom b && Arrays.equals(b.bits, bits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    return toBytes().toHexString();
  }
}
