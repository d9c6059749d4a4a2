package io.tributary.core.abi;

import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Solidity's {@code Error(string)} revert data: what {@code require(cond, "reason")} returns, and what ethers.js,
 * web3j and wallets decode into the message they show.
 */
public final class RevertReason {
  private static final AbiFunction ERROR = AbiFunction.parse("Error(string)", "");

  private RevertReason() {}

  public static Bytes encode(final String reason) {
    return ERROR.encodeCall(reason);
  }

  /** The reason in {@code data}, when it is an {@code Error(string)}. */
  public static Optional<String> decode(final Bytes data) {
    if (data.size() < 4 || !data.slice(0, 4).equals(ERROR.selector())) {
      return Optional.empty();
    }
    try {
      return Optional.of((String) AbiCodec.decode(List.of(new AbiType.Utf8String()), data.slice(4)).get(0));
    } catch (final RuntimeException e) {
      return Optional.empty();
    }
  }
}
