package io.tributary.state.gov;

/** What a proposal does if it passes, by the {@code uint8} the ABI carries. */
public enum ProposalKind {
  TEXT(0),
  TREASURY_SPEND(1),
  PARAMETER_CHANGE(2),
  VALIDATOR_CHANGE(3),
  UPGRADE(4);

  private final int code;

  ProposalKind(final int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The kind of {@code code}, or null for a number no kind has. */
  public static ProposalKind of(final long code) {
    for (final ProposalKind k : values()) {
      if (k.code == code) {
        return k;
      }
    }
    return null;
  }
}
