package io.tributary.rpc.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code ai_attribute}'s dry run of an inference on a model: the datasets it is attributed against in the next block,
 * every one of them with at least one hit (ascending) and whether it reaches minHits and so would be paid, the word
 * and distinct shingle counts, and the engine that computed it. With claims in the request, {@code matches} tells
 * whether a recordInference carrying them would be accepted, and {@code mismatch} why not.
 */
public record AttributeResult(String model, List<String> candidates, List<ClaimResult> claims, String wordCount,
    String shingles, String engine, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean matches,
    @JsonInclude(JsonInclude.Include.NON_NULL) String mismatch) {

  /** A dataset with hits; {@code eligible} when the hits reach minHits. */
  public record ClaimResult(String datasetId, String hits, boolean eligible) {}
}
