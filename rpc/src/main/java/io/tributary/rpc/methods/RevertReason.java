package io.tributary.rpc.methods;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Solidity's revert reasons as geth words them after "execution reverted: ": {@code Error(string)} (selector
 * 0x08c379a0) gives its string, {@code Panic(uint256)} (selector 0x4e487b71, from compiler-inserted checks such as an
 * out-of-bounds index or an overflow) gives geth's name for the code. Custom errors have no reason.
 */
final class RevertReason {
  private static final Bytes ERROR_SELECTOR = Bytes.fromHexString("0x08c379a0");
  private static final Bytes PANIC_SELECTOR = Bytes.fromHexString("0x4e487b71");
  /** geth's accounts/abi panicReasons, which are ethers' words. */
  private static final Map<Integer, String> PANIC_REASONS = Map.of(
      0x00, "generic panic",
      0x01, "assert(false)",
      0x11, "arithmetic underflow or overflow",
      0x12, "division or modulo by zero",
      0x21, "enum overflow",
      0x22, "invalid encoded storage byte array accessed",
      0x31, "out-of-bounds array access; popping on an empty array",
      0x32, "out-of-bounds access of an array or bytesN",
      0x41, "out of memory",
      0x51, "uninitialized function");

  private RevertReason() {}

  /** The reason, if {@code output} is a well-formed {@code Error(string)} or {@code Panic(uint256)}. */
  static Optional<String> decode(final Bytes output) {
    if (output.size() >= 4 + 32 && output.slice(0, 4).equals(PANIC_SELECTOR)) {
      return Optional.of(panic(output.slice(4, 32).toUnsignedBigInteger()));
    }
    if (output.size() < 4 + 64 || !output.slice(0, 4).equals(ERROR_SELECTOR)) {
      return Optional.empty();
    }
    final Bytes args = output.slice(4);
    final BigInteger offset = args.slice(0, 32).toUnsignedBigInteger();
    if (offset.compareTo(BigInteger.valueOf(args.size() - 32L)) > 0) {
      return Optional.empty();
    }
    final int at = offset.intValueExact();
    final BigInteger length = args.slice(at, 32).toUnsignedBigInteger();
    if (length.compareTo(BigInteger.valueOf(args.size() - at - 32L)) > 0) {
      return Optional.empty();
    }
    return Optional.of(new String(args.slice(at + 32, length.intValueExact()).toArrayUnsafe(),
        StandardCharsets.UTF_8));
  }

  private static String panic(final BigInteger code) {
    final String known = code.bitLength() < 31 ? PANIC_REASONS.get(code.intValue()) : null;
    return known != null ? known : "unknown panic code: 0x" + code.toString(16);
  }
}
