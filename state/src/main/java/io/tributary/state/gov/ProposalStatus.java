package io.tributary.state.gov;

/** Where a proposal is in its life, by the {@code uint8} the ABI carries. */
public enum ProposalStatus {
  /** Taking deposits until the minimum is reached or the deposit period ends. */
  DEPOSIT_PERIOD(1),
  /** Taking votes until the voting period ends. */
  VOTING_PERIOD(2),
  /** Passed and executed at finalize; deposits refundable. */
  PASSED(3),
  /** Quorum met but not enough Yes (deposits refundable), or quorum missed (deposits to the treasury). */
  REJECTED(4),
  /** More than vetoBps of the votes were NoWithVeto; deposits to the treasury. */
  VETOED(5),
  /** The deposit period ended below the minimum deposit; deposits refundable. */
  EXPIRED(6),
  /** Passed, but its execution could not be done (e.g. the treasury held too little); nothing changed. */
  FAILED(7);

  private final int code;

  ProposalStatus(final int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static ProposalStatus of(final long code) {
    for (final ProposalStatus s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalStateException("no proposal status " + code);
  }

  public boolean ended() {
    return this != DEPOSIT_PERIOD && this != VOTING_PERIOD;
  }
}
