package io.tributary.rpc.results;

import io.tributary.state.ai.Claim;
import io.tributary.state.ai.InferenceRecord;
import java.util.List;

/**
 * A recorded inference as {@code ai_getInference} answers it: the verified claims (ascending dataset ids, hits), the
 * fee paid, and the keccak-256 of its word hashes (the hashes themselves are in the recording transaction's input).
 */
public record InferenceResult(String id, String model, String caller, String outputHash, String wordsHash,
    String wordCount, String fee, String blockNumber, List<ClaimResult> claims) {

  /** One dataset an inference was attributed to and its hits. */
  public record ClaimResult(String datasetId, String hits) {
    static ClaimResult of(final Claim claim) {
      return new ClaimResult(Quantities.of(claim.datasetId()), Quantities.of(Integer.toUnsignedLong(claim.hits())));
    }
  }

  public static InferenceResult of(final InferenceRecord r) {
    return new InferenceResult(Quantities.of(r.id()), Quantities.of(r.modelId()), r.caller().toHexString(),
        r.outputHash().toHexString(), r.wordsHash().toHexString(), Quantities.of(r.wordCount()),
        r.fee().toShortHexString(), Quantities.of(r.blockNumber()), r.claims().stream().map(ClaimResult::of).toList());
  }
}
