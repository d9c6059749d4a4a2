package io.tributary.state.storage;

import java.util.Arrays;
import org.apache.tuweni.bytes.Bytes;

/** Lexicographic order of keys as unsigned bytes: LMDB's order, which every backend follows. */
public final class UnsignedBytes {
  private UnsignedBytes() {}

  public static int compare(final Bytes a, final Bytes b) {
    return Arrays.compareUnsigned(a.toArrayUnsafe(), b.toArrayUnsafe());
  }
}
