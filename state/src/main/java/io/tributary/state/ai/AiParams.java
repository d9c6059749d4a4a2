package io.tributary.state.ai;

import io.tributary.poa.AttributionParams;

/**
 * The protocol parameters of the AI modules (held by the protocol spec; governance changes them).
 *
 * @param attribution n, k, filter size bounds, minHits and maxWords of span attribution (poa-engine SPEC.md)
 * @param maxCandidates most datasets one inference is attributed against (a model's and its lineage's)
 * @param maxStringBytes longest name, URI or licence
 * @param maxChunkBytes largest sketch chunk per upload call
 * @param minDataBps least share of a fee that goes to data contributors
 * @param minTreasuryBps least share that goes to the treasury
 * @param maxTreasuryBps most share that goes to the treasury
 * @param maxLineageBps most share an adapter may pay its base model's owner
 * @param gas the modules' gas prices
 */
public record AiParams(AttributionParams attribution, int maxCandidates, int maxStringBytes, int maxChunkBytes,
    int minDataBps, int minTreasuryBps, int maxTreasuryBps, int maxLineageBps, AiGasSchedule gas) {

  /**
   * Genesis values: SPEC.md's n = 8, k = 16, minHits = 6, maxWords = 4096, with filters of 2^10 to 2^24 bits on chain
   * (2 MiB at most, about 727k shingles; a larger corpus registers several datasets); at most 64 candidates; at least
   * 20% of every fee to data, 1% to 20% to the treasury, at most 30% to a base model's owner.
   */
  public static final AiParams DEFAULT = new AiParams(new AttributionParams(8, 16, 10, 24, 6, 4096), 64, 256,
      64 * 1024, 2_000, 100, 2_000, 3_000, AiGasSchedule.DEFAULT);

  public AiParams withAttribution(final AttributionParams value) {
    return new AiParams(value, maxCandidates, maxStringBytes, maxChunkBytes, minDataBps, minTreasuryBps,
        maxTreasuryBps, maxLineageBps, gas);
  }
}
