package io.tributary.state.gov;

import io.tributary.core.types.Wei;

/**
 * The governance parameters, held in the Governance module's storage (genesis writes them, a passed
 * PARAMETER_CHANGE proposal changes them).
 *
 * @param minDeposit the deposit a proposal needs before its voting period starts
 * @param depositPeriod blocks from submission during which deposits are taken (the submission block counts)
 * @param votingPeriod blocks from the block the minimum deposit was reached during which votes are taken
 * @param quorumBps least share of the total supply that must vote (all four options count)
 * @param thresholdBps share of Yes among Yes + No + NoWithVeto that a proposal must exceed to pass
 * @param vetoBps share of NoWithVeto among all votes above which a proposal is vetoed
 */
public record GovParams(Wei minDeposit, long depositPeriod, long votingPeriod, int quorumBps, int thresholdBps,
    int vetoBps) {
  /** The longest deposit or voting period a parameter change may set: about a year of one-second blocks. */
  public static final long MAX_PERIOD = 31_536_000;

  /**
   * Genesis values. The periods are the devnet's, short so that a proposal runs in about a minute (20 blocks to
   * deposit, 40 to vote); a public network's genesis sets days' worth. 100 TRIB minimum deposit (1% of a dev
   * account): enough to make spam cost something, small enough for one account to table a proposal. Quorum, threshold
   * and veto are Cosmos's (33.4% / 50% / 33.4%): a third of the supply must take part, so a small group cannot pass
   * anything while others sleep; a simple majority of those who take a side decides; and more than a third vetoing
   * forfeits the deposits, the deterrent against spam and abusive proposals.
   */
  public static final GovParams DEFAULT = new GovParams(Wei.ofTrib(100), 20, 40, 3_340, 5_000, 3_340);
}
