package io.tributary.rpc.results;

import java.math.BigInteger;

/** Ethereum JSON-RPC QUANTITY encoding: 0x-prefixed hex, no leading zeros, "0x0" for zero. */
public final class Quantities {
  private Quantities() {}

  public static String of(final long unsigned) {
    return "0x" + Long.toHexString(unsigned);
  }

  public static String of(final BigInteger value) {
    return "0x" + value.toString(16);
  }
}
