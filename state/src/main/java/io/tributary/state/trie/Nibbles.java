package io.tributary.state.trie;

import java.util.Arrays;
import org.apache.tuweni.bytes.Bytes;

/** Paths in the trie are nibble (half-byte) sequences; this converts them and applies hex-prefix encoding. */
final class Nibbles {
  static final byte[] EMPTY = new byte[0];

  private Nibbles() {}

  static byte[] of(final Bytes key) {
    final byte[] out = new byte[key.size() * 2];
    for (int i = 0; i < key.size(); i++) {
      final int b = key.get(i) & 0xff;
      out[2 * i] = (byte) (b >>> 4);
      out[2 * i + 1] = (byte) (b & 0x0f);
    }
    return out;
  }

  /** Hex-prefix encoding (Yellow Paper, appendix C): flag nibble 2 for leaves, 0 for extensions, +1 if odd. */
  static Bytes hexPrefix(final byte[] path, final boolean leaf) {
    final boolean odd = (path.length & 1) == 1;
    final byte[] out = new byte[path.length / 2 + 1];
    final int flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
    int i = 0;
    if (odd) {
      out[0] = (byte) (flag << 4 | path[0]);
      i = 1;
    } else {
      out[0] = (byte) (flag << 4);
    }
    for (int o = 1; i < path.length; i += 2, o++) {
      out[o] = (byte) (path[i] << 4 | path[i + 1]);
    }
    return Bytes.wrap(out);
  }

  /** Inverse of {@link #hexPrefix}; {@code isLeaf[0]} receives the leaf flag. Null when malformed. */
  static byte[] fromHexPrefix(final Bytes encoded, final boolean[] isLeaf) {
    if (encoded.isEmpty()) {
      return null;
    }
    final int flag = (encoded.get(0) & 0xff) >>> 4;
    if (flag > 3) {
      return null;
    }
    isLeaf[0] = flag >= 2;
    final boolean odd = (flag & 1) == 1;
    if (!odd && (encoded.get(0) & 0x0f) != 0) {
      return null;
    }
    final byte[] nibbles = of(encoded);
    return Arrays.copyOfRange(nibbles, odd ? 1 : 2, nibbles.length);
  }

  static int commonPrefix(final byte[] a, final int aFrom, final byte[] b) {
    int i = 0;
    while (aFrom + i < a.length && i < b.length && a[aFrom + i] == b[i]) {
      i++;
    }
    return i;
  }

  static byte[] slice(final byte[] path, final int from) {
    return Arrays.copyOfRange(path, from, path.length);
  }

  static byte[] slice(final byte[] path, final int from, final int to) {
    return Arrays.copyOfRange(path, from, to);
  }

  static byte[] concat(final byte[] a, final byte[] b) {
    final byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static byte[] concat(final byte[] a, final int nibble, final byte[] b) {
    final byte[] out = new byte[a.length + 1 + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    out[a.length] = (byte) nibble;
    System.arraycopy(b, 0, out, a.length + 1, b.length);
    return out;
  }
}
