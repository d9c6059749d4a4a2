package io.tributary.state.gov;

/** A vote's option, by the {@code uint8} the ABI carries (0 means "has not voted" in storage and views). */
public enum VoteOption {
  YES(1),
  NO(2),
  ABSTAIN(3),
  NO_WITH_VETO(4);

  private final int code;

  VoteOption(final int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The option of {@code code}, or null. */
  public static VoteOption of(final long code) {
    for (final VoteOption o : values()) {
      if (o.code == code) {
        return o;
      }
    }
    return null;
  }
}
