package io.tributary.state.gov;

import io.tributary.poa.AttributionParams;
import io.tributary.state.ai.AiParams;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The AI modules' parameters a PARAMETER_CHANGE proposal may set, by the name the proposal carries, with the values
 * each accepts. Attribution's n ({@code shingleWords}) and k ({@code probes}) and the filter size bounds are not among
 * them: every sealed dataset's sketch was built with them, so changing them would make every registered dataset
 * unattributable; a new sketch format is a protocol upgrade, not a parameter change.
 */
public enum AiParameter implements GovernableParameter {
  MIN_HITS("attribution.minHits", 1, 65_536),
  MAX_WORDS("attribution.maxWords", 8, 65_536),
  MIN_DATA_BPS("ai.minDataBps", 0, 10_000),
  MIN_TREASURY_BPS("ai.minTreasuryBps", 0, 10_000),
  MAX_TREASURY_BPS("ai.maxTreasuryBps", 0, 10_000),
  MAX_LINEAGE_BPS("ai.maxLineageBps", 0, 10_000);

  private final String key;
  private final long min;
  private final long max;

  AiParameter(final String key, final long min, final long max) {
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

  /** This parameter's value in {@code params}. */
  public int of(final AiParams params) {
    switch (this) {
      case MIN_HITS:
        return params.attribution().minHits();
      case MAX_WORDS:
        return params.attribution().maxWords();
      case MIN_DATA_BPS:
        return params.minDataBps();
      case MIN_TREASURY_BPS:
        return params.minTreasuryBps();
      case MAX_TREASURY_BPS:
        return params.maxTreasuryBps();
      default:
        return params.maxLineageBps();
    }
  }

  /** {@code params} with this parameter set to {@code value}. */
  public AiParams with(final AiParams params, final int value) {
    final AttributionParams a = params.attribution();
    final int[] v = new int[values().length];
    for (final AiParameter p : values()) {
      v[p.ordinal()] = p == this ? value : p.of(params);
    }
    return new AiParams(new AttributionParams(a.shingleWords(), a.probes(), a.minBits(), a.maxBits(),
        v[MIN_HITS.ordinal()], v[MAX_WORDS.ordinal()]), params.maxCandidates(), params.maxStringBytes(),
        params.maxChunkBytes(), v[MIN_DATA_BPS.ordinal()], v[MIN_TREASURY_BPS.ordinal()],
        v[MAX_TREASURY_BPS.ordinal()], v[MAX_LINEAGE_BPS.ordinal()], params.gas());
  }

  /**
   * Why {@code params} cannot be in force together, or null: the treasury bounds must not cross, and the least data
   * and treasury shares must leave a split that satisfies both.
   */
  public static String inconsistency(final AiParams params) {
    if (params.minTreasuryBps() > params.maxTreasuryBps()) {
      return "ai.minTreasuryBps " + params.minTreasuryBps() + " would exceed ai.maxTreasuryBps "
          + params.maxTreasuryBps();
    }
    if (params.minDataBps() + params.minTreasuryBps() > 10_000) {
      return "ai.minDataBps + ai.minTreasuryBps would exceed 10000 bps";
    }
    return null;
  }

  public static Optional<AiParameter> byKey(final String key) {
    return GovernableParameter.byKey(values(), key);
  }
}
