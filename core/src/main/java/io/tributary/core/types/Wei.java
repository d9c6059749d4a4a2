package io.tributary.core.types;

import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * An amount of the native token in its smallest unit (1 TRIB = 10^18 wei). Unsigned, 256 bits; arithmetic that would
 * leave that range throws, so balances can never wrap.
 */
public final class Wei implements Comparable<Wei> {
  public static final Wei ZERO = new Wei(UInt256.ZERO);
  /** 10^18 wei: one TRIB. */
  public static final Wei ONE_TRIB = new Wei(UInt256.valueOf(BigInteger.TEN.pow(18)));

  private final UInt256 value;

  private Wei(final UInt256 value) {
    this.value = value;
  }

  public static Wei of(final long value) {
    if (value < 0) {
      throw new IllegalArgumentException("wei cannot be negative: " + value);
    }
    return new Wei(UInt256.valueOf(value));
  }

  public static Wei of(final BigInteger value) {
    return new Wei(UInt256.valueOf(value));
  }

  public static Wei of(final UInt256 value) {
    return new Wei(value);
  }

  /** Big-endian unsigned bytes, at most 32. */
  public static Wei fromBytes(final Bytes bytes) {
    return new Wei(UInt256.fromBytes(bytes));
  }

  public static Wei fromHexString(final String hex) {
    return new Wei(UInt256.fromHexString(hex));
  }

  /** {@code tribs} whole tokens. */
  public static Wei ofTrib(final long tribs) {
    return new Wei(ONE_TRIB.value.multiply(tribs));
  }

  public UInt256 toUInt256() {
    return value;
  }

  public BigInteger toBigInteger() {
    return value.toBigInteger();
  }

  public boolean isZero() {
    return value.isZero();
  }

  public Wei add(final Wei other) {
    final UInt256 sum = value.add(other.value);
    if (sum.compareTo(value) < 0) {
      throw new ArithmeticException("wei overflow");
    }
    return new Wei(sum);
  }

  public Wei subtract(final Wei other) {
    if (other.value.compareTo(value) > 0) {
      throw new ArithmeticException("wei underflow: " + this + " - " + other);
    }
    return new Wei(value.subtract(other.value));
  }

  public Wei multiply(final long factor) {
    return of(toBigInteger().multiply(BigInteger.valueOf(factor)));
  }

  /** Minimal big-endian bytes (empty for zero), as RLP encodes scalars. */
  public Bytes toMinimalBytes() {
    return value.toMinimalBytes();
  }

  /** {@code 0x}-prefixed hex without leading zeros, as JSON-RPC quantities are written. */
  public String toShortHexString() {
    // Tuweni writes zero as "0x"; JSON-RPC quantities need "0x0".
    return "0x" + value.toBigInteger().toString(16);
  }

  @Override
  public int compareTo(final Wei other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Wei w && w.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toDecimalString() + " wei";
  }
}
