package io.tributary.state.gov;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The chain's parameters a PARAMETER_CHANGE proposal may set: the block gas limit and EIP-1559's base-fee rules. A
 * value finalized in block N is in force for block N + 1 on (its header must carry the new gas limit, its base fee is
 * derived from block N with the new rules). Unset, each keeps its genesis or spec value.
 */
public enum ChainParameter implements GovernableParameter {
  /** Above 21000 with room for contracts; at most 2^31 so that one block's execution stays bounded. */
  GAS_LIMIT("chain.gasLimit", 1_000_000, 2_000_000_000),
  /** gas limit / gas target: 1 makes every full block raise the fee, 2 is Ethereum's. */
  ELASTICITY_MULTIPLIER("chain.elasticityMultiplier", 1, 100),
  /** At most 1/denominator of change per block: 8 is Ethereum's 12.5%. */
  BASE_FEE_CHANGE_DENOMINATOR("chain.baseFeeChangeDenominator", 1, 1_000);

  private final String key;
  private final long min;
  private final long max;

  ChainParameter(final String key, final long min, final long max) {
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
    return BigInteger.valueOf(min);
  }

  @Override
  public BigInteger max() {
    return BigInteger.valueOf(max);
  }

  public static Optional<ChainParameter> byKey(final String key) {
    return GovernableParameter.byKey(values(), key);
  }
}
