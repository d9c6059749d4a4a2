package io.tributary.rpc.methods;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/** Solidity's revert reasons: {@code Error(string)} ABI-encoded after its selector 0x08c379a0. */
final class RevertReason {
  private static final Bytes ERROR_SELECTOR = Bytes.fromHexString("0x08c379a0");

  private RevertReason() {}

  /** The reason string, if {@code output} is a well-formed {@code Error(string)}. */
  static Optional<String> decode(final Bytes output) {
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
}
