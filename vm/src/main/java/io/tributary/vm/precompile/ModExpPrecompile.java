package io.tributary.vm.precompile;

import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.MutableBytes;

/**
 * 0x05: {@code base ^ exp mod modulus} on arbitrary-length unsigned integers (EIP-198), priced by EIP-2565.
 *
 * <p>Input: three 32-byte lengths (base, exponent, modulus) then the three numbers, big-endian; missing bytes read as
 * zero. The lengths are 256-bit values from untrusted call data, so the gas is computed from them with
 * {@link BigInteger} and never allocates them: a call naming a 2^200-byte modulus simply costs more gas than exists.
 * Output: the result left-padded to the modulus length (zero when the modulus is zero).
 */
public final class ModExpPrecompile implements PrecompiledContract {
  static final long MIN_GAS = 200;
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger THIRTY_TWO = BigInteger.valueOf(32);
  private static final BigInteger EIGHT = BigInteger.valueOf(8);
  private static final BigInteger SEVEN = BigInteger.valueOf(7);
  private static final BigInteger THREE = BigInteger.valueOf(3);
  private static final int HEADER = 96;

  @Override
  public String name() {
    return "MODEXP";
  }

  @Override
  public long gasRequirement(final Bytes input) {
    final BigInteger baseLength = length(input, 0);
    final BigInteger expLength = length(input, 32);
    final BigInteger modLength = length(input, 64);
    // EIP-2565: words = ceil(max(base, mod) / 8); complexity = words^2.
    final BigInteger words = baseLength.max(modLength).add(SEVEN).divide(EIGHT);
    final BigInteger complexity = words.multiply(words);
    final BigInteger iterations = iterationCount(input, baseLength, expLength);
    final BigInteger gas = complexity.multiply(iterations).divide(THREE);
    return gas.compareTo(LONG_MAX) >= 0 ? Long.MAX_VALUE : Math.max(MIN_GAS, gas.longValue());
  }

  /**
   * EIP-2565's iteration count: for an exponent of at most 32 bytes, its bit length minus one; for a longer one,
   * {@code 8 * (expLength - 32)} plus the bit length minus one of its first 32 bytes; at least 1.
   */
  private static BigInteger iterationCount(
      final Bytes input, final BigInteger baseLength, final BigInteger expLength) {
    final BigInteger headLength = expLength.min(THIRTY_TWO);
    final BigInteger head = exponentHead(input, baseLength, headLength.intValueExact());
    final int headBits = Math.max(head.bitLength() - 1, 0);
    final BigInteger count;
    if (expLength.compareTo(THIRTY_TWO) <= 0) {
      count = BigInteger.valueOf(headBits);
    } else {
      count = expLength.subtract(THIRTY_TWO).multiply(EIGHT).add(BigInteger.valueOf(headBits));
    }
    return count.max(BigInteger.ONE);
  }

  /** The first {@code headLength} (<= 32) bytes of the exponent as a number; they start at 96 + baseLength. */
  private static BigInteger exponentHead(final Bytes input, final BigInteger baseLength, final int headLength) {
    final BigInteger offset = baseLength.add(BigInteger.valueOf(HEADER));
    if (headLength == 0 || offset.compareTo(BigInteger.valueOf(input.size())) >= 0) {
      return BigInteger.ZERO;
    }
    return PrecompileInput.sliceZeroPadded(input, offset.longValueExact(), headLength).toUnsignedBigInteger();
  }

  @Override
  public PrecompileResult compute(final Bytes input) {
    final BigInteger baseLength = length(input, 0);
    final BigInteger expLength = length(input, 32);
    final BigInteger modLength = length(input, 64);
    if (baseLength.signum() == 0 && modLength.signum() == 0) {
      return PrecompileResult.success(Bytes.EMPTY);
    }
    // Gas bounds what a call can name; these limits only keep a caller that skipped the gas check from allocating.
    final BigInteger limit = BigInteger.valueOf(Integer.MAX_VALUE - HEADER);
    if (baseLength.compareTo(limit) > 0 || modLength.compareTo(limit) > 0 || expLength.compareTo(limit) > 0) {
      return PrecompileResult.failure("modexp operand lengths exceed what any gas limit can pay for");
    }
    final int baseLen = baseLength.intValueExact();
    final int expLen = expLength.intValueExact();
    final int modLen = modLength.intValueExact();
    final BigInteger modulus = number(input, (long) HEADER + baseLen + expLen, modLen);
    if (modulus.signum() == 0) {
      return PrecompileResult.success(MutableBytes.create(modLen));
    }
    final BigInteger base = number(input, HEADER, baseLen);
    final BigInteger exponent = number(input, (long) HEADER + baseLen, expLen);
    final BigInteger result = base.modPow(exponent, modulus);
    return PrecompileResult.success(leftPad(result, modLen));
  }

  private static BigInteger length(final Bytes input, final int offset) {
    return PrecompileInput.sliceZeroPadded(input, offset, 32).toUnsignedBigInteger();
  }

  private static BigInteger number(final Bytes input, final long offset, final int length) {
    if (length == 0) {
      return BigInteger.ZERO;
    }
    return PrecompileInput.sliceZeroPadded(input, offset, length).toUnsignedBigInteger();
  }

  private static Bytes leftPad(final BigInteger value, final int length) {
    final byte[] raw = value.toByteArray();
    final MutableBytes out = MutableBytes.create(length);
    final int skip = raw.length > length ? raw.length - length : 0;
    final int copy = raw.length - skip;
    out.set(length - copy, Bytes.wrap(raw, skip, copy));
    return out;
  }
}
