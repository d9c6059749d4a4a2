package io.tributary.poa;

/** Why a sketch cannot be sealed under the protocol parameters (SPEC.md section 4). */
public enum SketchProblem {
  NONE("acceptable"),
  WRONG_SHINGLE_WORDS("built with another shingle length n"),
  WRONG_PROBES("built with another probe count k"),
  BITS_OUT_OF_BOUNDS("filter size 2^b outside the protocol bounds"),
  OVERFILLED("more than half of the filter bits are set, so its false-positive rate exceeds 2^-k");

  private final String description;

  SketchProblem(final String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
