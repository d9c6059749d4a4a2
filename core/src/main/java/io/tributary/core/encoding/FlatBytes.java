package io.tributary.core.encoding;

import org.apache.tuweni.bytes.Bytes;

/**
 * Tuweni's RLP writer and {@code Bytes.concatenate} return lazy {@code ConcatenatedBytes}, whose slices fail on
 * {@code toArray()} ("element sizes do not match total size", seen with Tuweni 2.7.2). Every encoding we hand out,
 * and every input a decoder reads, goes through here so it is one flat array.
 */
public final class FlatBytes {
  private FlatBytes() {}

  /** {@code bytes} backed by a single array. */
  public static Bytes of(final Bytes bytes) {
    return Bytes.wrap(bytes.toArray());
  }

  /** The parts joined into one array. */
  public static Bytes concat(final Bytes... parts) {
    int size = 0;
    for (final Bytes part : parts) {
      size += part.size();
    }
    final byte[] out = new byte[size];
    int offset = 0;
    for (final Bytes part : parts) {
      System.arraycopy(part.toArrayUnsafe(), 0, out, offset, part.size());
      offset += part.size();
    }
    return Bytes.wrap(out);
  }
}
