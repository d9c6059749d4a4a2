package io.tributary.node.cli.chain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/** Java values as the ABI codec takes them: every uint is a UInt256; a uint64 is unsigned, top bit included. */
public final class AbiValues {
  private AbiValues() {}

  /** {@code value} read as an unsigned 64-bit integer (word hashes use all 64 bits). */
  public static UInt256 uint64(final long value) {
    return UInt256.fromBytes(Bytes.ofUnsignedLong(value));
  }

  public static UInt256 uint(final BigInteger value) {
    return UInt256.valueOf(value);
  }

  /** A {@code uint64[]} argument. */
  public static List<Object> uint64s(final long[] values) {
    final List<Object> list = new ArrayList<>(values.length);
    for (final long v : values) {
      list.add(uint64(v));
    }
    return list;
  }
}
