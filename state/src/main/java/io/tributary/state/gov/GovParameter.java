package io.tributary.state.gov;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The parameters a PARAMETER_CHANGE proposal may set, by the name the proposal carries, with the values each
 * accepts: the governance parameters; the AI modules' are {@link AiParameter}, the chain's {@link ChainParameter}.
 */
public enum GovParameter implements GovernableParameter {
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

  @Override
  public String key() {
    return key;
  }

  @Override
  public BigInteger min() {
    return min;
  }

  @Override
  public BigInteger max() {
    return max;
  }

  public static Optional<GovParameter> byKey(final String key) {
    return GovernableParameter.byKey(values(), key);
  }
}
