package io.tributary.node.cli.gov;

import io.tributary.core.types.Wei;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Amounts the gov commands take in TRIB, as decimals with up to 18 places ("100", "0.5"). */
final class Trib {
  private static final BigDecimal WEI_PER_TRIB = BigDecimal.TEN.pow(18);

  private Trib() {}

  static Wei parse(final String text, final String option) {
    final BigInteger wei;
    try {
      wei = new BigDecimal(text.trim()).multiply(WEI_PER_TRIB).toBigIntegerExact();
    } catch (final NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(option + " takes an amount of TRIB with at most 18 decimals, got '" + text
          + "'");
    }
    if (wei.signum() < 0 || wei.bitLength() > 256) {
      throw new IllegalArgumentException(option + " must be a non-negative amount of TRIB, got '" + text + "'");
    }
    return Wei.of(wei);
  }
}
