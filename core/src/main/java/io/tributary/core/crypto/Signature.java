package io.tributary.core.crypto;

import io.tributary.core.encoding.FlatBytes;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * An ECDSA secp256k1 signature (r, s) with its recovery id (0 or 1). Range checks belong to {@link #isValid()} so
 * decoders can build the value first and report a precise error.
 */
public record Signature(BigInteger r, BigInteger s, byte recId) {
  /** The order n of the secp256k1 group. */
  public static final BigInteger CURVE_ORDER =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
  /** n / 2: EIP-2 rejects transaction signatures with s above it. */
  public static final BigInteger HALF_CURVE_ORDER = CURVE_ORDER.shiftRight(1);

  public Signature {
    if (r.signum() < 0 || s.signum() < 0) {
      throw new IllegalArgumentException("r and s are unsigned");
    }
  }

  /** 1 <= r < n, 1 <= s < n and recId in {0, 1}. */
  public boolean isValid() {
    return r.signum() > 0 && r.compareTo(CURVE_ORDER) < 0 && s.signum() > 0 && s.compareTo(CURVE_ORDER) < 0
        && (recId == 0 || recId == 1);
  }

  /** EIP-2: s <= n/2. */
  public boolean isLowS() {
    return s.compareTo(HALF_CURVE_ORDER) <= 0;
  }

  /** 65 bytes r || s || recId, the layout of keystore-less tooling and ecrecover inputs. */
  public Bytes encoded() {
    return FlatBytes.concat(Bytes32.leftPad(Bytes.wrap(unsigned(r))), Bytes32.leftPad(Bytes.wrap(unsigned(s))),
        Bytes.of(recId));
  }

  private static byte[] unsigned(final BigInteger value) {
    final byte[] b = value.toByteArray();
    if (b.length > 1 && b[0] == 0) {
      return java.util.Arrays.copyOfRange(b, 1, b.length);
    }
    return b;
  }
}
