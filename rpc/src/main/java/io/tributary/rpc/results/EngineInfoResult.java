package io.tributary.rpc.results;

/**
 * {@code poa_engineInfo}: the attribution engine this node runs (its backend name and device), the protocol
 * parameters of the next block, and what the engine has done since the node started.
 */
public record EngineInfoResult(String backend, String device, Params params, Counters counters) {

  /** poa-engine SPEC.md section 2: n, k, the filter size bounds, minHits and maxWords. */
  public record Params(String n, String k, String minBits, String maxBits, String minHits, String maxWords) {}

  /** Engine calls (batches), inferences and (inference, dataset) pairs computed, and the milliseconds spent. */
  public record Counters(String batches, String inferences, String pairs, String millis) {}
}
