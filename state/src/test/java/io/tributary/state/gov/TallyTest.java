package io.tributary.state.gov;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Wei;
import org.junit.jupiter.api.Test;

/** The tally's integer boundaries: quorum reached at exactly quorumBps, veto and threshold only strictly above. */
class TallyTest {
  private static final GovParams PARAMS = new GovParams(Wei.ONE_TRIB, 1, 1, 3_340, 5_000, 3_340);
  private static final Wei SUPPLY = Wei.of(10_000);

  @Test
  void exactlyTheQuorumIsEnoughAndOneWeiLessIsNot() {
    assertThat(new Tally(Wei.of(3_340), Wei.ZERO, Wei.ZERO, Wei.ZERO).outcome(PARAMS, SUPPLY))
        .isEqualTo(ProposalStatus.PASSED);
    final Tally short1 = new Tally(Wei.of(3_339), Wei.ZERO, Wei.ZERO, Wei.ZERO);
    assertThat(short1.quorumReached(PARAMS, SUPPLY)).isFalse();
    assertThat(short1.outcome(PARAMS, SUPPLY)).isEqualTo(ProposalStatus.REJECTED);
  }

  @Test
  void abstentionsCountTowardsQuorumButNotTowardsTheThreshold() {
    assertThat(new Tally(Wei.of(2), Wei.of(1), Wei.of(4_000), Wei.ZERO).outcome(PARAMS, SUPPLY))
        .isEqualTo(ProposalStatus.PASSED);
    assertThat(new Tally(Wei.ZERO, Wei.ZERO, Wei.of(4_000), Wei.ZERO).outcome(PARAMS, SUPPLY))
        .isEqualTo(ProposalStatus.REJECTED);
  }

  @Test
  void exactlyHalfYesIsNotAMajority() {
    assertThat(new Tally(Wei.of(2_000), Wei.of(2_000), Wei.ZERO, Wei.ZERO).outcome(PARAMS, SUPPLY))
        .isEqualTo(ProposalStatus.REJECTED);
    assertThat(new Tally(Wei.of(2_001), Wei.of(2_000), Wei.ZERO, Wei.ZERO).outcome(PARAMS, SUPPLY))
        .isEqualTo(ProposalStatus.PASSED);
  }

  @Test
  void vetoNeedsMoreThanVetoBpsOfAllVotesAndOverridesAYesMajority() {
    // 3,340 of 10,000 votes is exactly 33.4%: not a veto; NoWithVeto counts against Yes in the threshold.
    assertThat(new Tally(Wei.of(6_660), Wei.ZERO, Wei.ZERO, Wei.of(3_340)).outcome(PARAMS, SUPPLY))
        .isEqualTo(ProposalStatus.PASSED);
    assertThat(new Tally(Wei.of(6_659), Wei.ZERO, Wei.ZERO, Wei.of(3_341)).outcome(PARAMS, SUPPLY))
        .isEqualTo(ProposalStatus.VETOED);
  }
}
