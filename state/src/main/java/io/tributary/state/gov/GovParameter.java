package io.tributary.state.gov;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The parameters a PARAMETER_CHANGE proposal may set, by the name the proposal carries, with the values each
 * accepts: the governance parameters; the AI modules' are {@link AiParameter}, the chain's a later slice.
 */
public enum GovParameter {
  MIN_DEPOSIT("minDeposit", BigInteger.ONE, BigInteger.TWO.pow(128)),
  DEPOSIT_PERIOD("depositPeriod", BigInteger.ONE, BigInteger.valueOf(GovParams.MAX_PERIOD)),
  VOTING_PERIOD("votingPeriod", BigInteger.ONE, BigInteger.valueOf(GovParams.MAX_PERIOD)),
  QUORUM_BPS("quorumBps", BigInteger.ONE, BigInteger.valueOf(10_000)),
  THRESHOLD_BPS("thresholdBps", BigInteger.ONE, BigInteger.valueOf(9_999)),
  VETO_BPS("vetoBps", BigInteger.ONE, BigInteger.valueOf(10_000));

  private final String key;
  private final BigInteger min;
  private final BigInteger max;

  GovParameter(final String key, final BigInteger min, final BigInteger max) {
    this.key = key;
    this.min = min;
    this.max = max;
  }

  /** The name proposals use, e.g. {@code quorumBps}. */
  public String key() {
    return key;
  }

  public boolean allows(final BigInteger value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }

  public String range() {
    return min + ".." + max;
  }

  public static Optional<GovParameter> byKey(final String key) {
    for (final GovParameter p : values()) {
      if (p.key.equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
