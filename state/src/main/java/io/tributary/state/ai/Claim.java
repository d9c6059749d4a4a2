package io.tributary.state.ai;

/** A claimed (or computed) number of distinct shingles of an output found in one dataset's sketch. */
public record Claim(long datasetId, int hits) {}
