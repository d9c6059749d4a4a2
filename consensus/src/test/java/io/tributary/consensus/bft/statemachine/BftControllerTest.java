package io.tributary.consensus.bft.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.consensus.bft.BftValidators;
import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.consensus.bft.payload.Commit;
import io.tributary.consensus.bft.payload.MessageType;
import io.tributary.consensus.bft.payload.Prepare;
import io.tributary.consensus.bft.payload.Proposal;
import io.tributary.consensus.bft.sim.SimBlocks;
import io.tributary.consensus.bft.wal.WalEntry;
import io.tributary.core.block.Block;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.types.Hash;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

/** Scenarios of one validator among fake peers, with time moved only by firing recorded timeouts. */
class BftControllerTest {
  private final ControllerHarness four = new ControllerHarness(4, 0);
  private final List<KeyPair> keys = four.keys;

  @Test
  void aSingleValidatorProposesAfterTheBlockPeriodAndCommitsWithItsOwnSeal() {
    final ControllerHarness one = new ControllerHarness(1, 0);
    one.boot();
    assertThat(one.timers).contains(new Timeout(1, 0, TimeoutStep.BLOCK_PERIOD));
    assertThat(one.sent).isEmpty();

    one.fire(TimeoutStep.BLOCK_PERIOD);

    assertThat(one.chain).hasSize(1);
    final CommitCertificate certificate = one.certificates.get(0);
    assertThat(one.blocks.certificates().validate(certificate, one.chain.get(0).hash(), List.of(one.self.address()))
        .isValid()).isTrue();
    assertThat(one.controller.height()).isEqualTo(2);
    one.fire(TimeoutStep.BLOCK_PERIOD);
    assertThat(one.chain).hasSize(2);
    assertThat(one.blocks.validator().validate(one.chain.get(1), one.chain.get(0).header()).isValid()).isTrue();
  }

  @Test
  void aFourValidatorNodeCommitsOnThreeCommitsAndNotBefore() {
    four.boot();
    final Block block = four.blockFor(0, 0);
    four.propose(0, block, -1);
    assertThat(four.lastSent(MessageType.PREPARE, 1, 0).asPrepare().blockHash()).isEqualTo(block.hash());

    four.prepare(keys.get(1), 0, block.hash());
    assertThat(four.sent(MessageType.COMMIT, 1, 0)).isEmpty();
    four.prepare(keys.get(2), 0, block.hash());
    assertThat(four.lastSent(MessageType.COMMIT, 1, 0).asCommit().blockHash()).isEqualTo(block.hash());
    assertThat(four.controller.lockedRound()).isZero();

    four.commit(keys.get(1), 0, block.hash());
    assertThat(four.chain).isEmpty();
    four.commit(keys.get(3), 0, block.hash());

    assertThat(four.chain).containsExactly(block);
    final CommitCertificate certificate = four.certificates.get(0);
    assertThat(certificate.seals()).hasSize(3);
    assertThat(four.blocks.certificates().validate(certificate, block.hash(), BftValidators.of(four.genesis))
        .isValid()).isTrue();
    assertThat(four.controller.height()).isEqualTo(2);
  }

  @Test
  void aLockedValidatorPreparesNilForAnotherBlockAndReProposesItsLockedBlockWhenItsTurnComes() {
    four.boot();
    final Block locked = lockOnRoundZero();
    // Round 1's proposer offers a fresh, different block: locked on round 0, we prepare nil.
    four.prepare(keys.get(1), 1, Hash.ZERO);
    four.prepare(keys.get(2), 1, Hash.ZERO);
    assertThat(four.controller.round()).isEqualTo(1);
    four.propose(1, four.blockFor(1, 7), -1);
    assertThat(four.lastSent(MessageType.PREPARE, 1, 1).asPrepare().isNil()).isTrue();

    // f+1 validators at round 3, where this validator proposes: it skips there and re-proposes its locked block.
    four.prepare(keys.get(1), 3, Hash.ZERO);
    four.prepare(keys.get(3), 3, Hash.ZERO);
    assertThat(four.controller.round()).isEqualTo(3);
    final Proposal again = four.lastSent(MessageType.PROPOSAL, 1, 3).asProposal();
    assertThat(again.block()).isEqualTo(locked);
    assertThat(again.validRound()).isZero();
    // The polka that justifies the re-proposal is relayed with it.
    assertThat(four.sent.stream().filter(m -> m.type() == MessageType.PREPARE && m.round() == 0
        && !m.author().equals(four.self.address())).distinct()).hasSize(2);
  }

  @Test
  void aValidatorPreparesAReProposalWhoseValidRoundHasAQuorumOfPrepares() {
    final ControllerHarness other = new ControllerHarness(4, 3);
    other.boot();
    final Block block = other.blockFor(0, 0);
    other.propose(0, block, -1);
    other.prepare(keys.get(0), 0, block.hash());
    other.prepare(keys.get(1), 0, block.hash());
    other.prepare(keys.get(2), 0, block.hash());
    // Round 1: the proposer re-proposes the round-0 block with validRound 0.
    other.prepare(keys.get(0), 1, Hash.ZERO);
    other.prepare(keys.get(1), 1, Hash.ZERO);
    other.propose(1, block, 0);
    assertThat(other.lastSent(MessageType.PREPARE, 1, 1).asPrepare().blockHash()).isEqualTo(block.hash());
  }

  @Test
  void aProposalFromTheWrongProposerIsRefusedAndTheProposeTimeoutPreparesNil() {
    four.boot();
    final Block block = four.blockFor(0, 0);
    four.receive(keys.get(2), new Proposal(1, 0, block, -1));
    assertThat(four.sent(MessageType.PREPARE, 1, 0)).isEmpty();
    assertThat(four.events).anyMatch(e -> e.contains("WRONG_PROPOSER"));

    four.fire(TimeoutStep.PROPOSE);
    assertThat(four.lastSent(MessageType.PREPARE, 1, 0).asPrepare().isNil()).isTrue();
  }

  @Test
  void anInvalidBlockGetsANilPrepare() {
    four.boot();
    final Block bad = SimBlocks.create(four.proposerOf(1, 0), four.genesis, 0, List.of(), 0, true);
    four.propose(0, bad, -1);
    assertThat(four.lastSent(MessageType.PREPARE, 1, 0).asPrepare().isNil()).isTrue();
    assertThat(four.events).anyMatch(e -> e.startsWith("rejected proposal 1/0") && e.contains("INVALID_TRANSACTION"));
  }

  @Test
  void theRoundChangesAfterTimeoutsWhenNoBlockGetsAQuorum() {
    four.boot();
    four.fire(TimeoutStep.PROPOSE);
    four.prepare(keys.get(1), 0, Hash.ZERO);
    four.prepare(keys.get(2), 0, Hash.ZERO);
    assertThat(four.lastSent(MessageType.COMMIT, 1, 0).asCommit().isNil()).isTrue();
    four.commit(keys.get(1), 0, Hash.ZERO);
    four.receive(keys.get(2), Commit.nil(1, 0));
    assertThat(four.timers).contains(new Timeout(1, 0, TimeoutStep.COMMIT));
    four.fire(TimeoutStep.COMMIT);
    assertThat(four.controller.round()).isEqualTo(1);
    assertThat(four.timers).contains(new Timeout(1, 1, TimeoutStep.PROPOSE));
    assertThat(BftConfig.defaults().proposeTimeout(1)).isGreaterThan(BftConfig.defaults().proposeTimeout(0));
  }

  @Test
  void fewerThanFPlusOneValidatorsAtAHigherRoundDoNotMoveIt() {
    four.boot();
    four.prepare(keys.get(1), 5, Hash.ZERO);
    assertThat(four.controller.round()).isZero();
    four.commit(keys.get(1), 6, Hash.ZERO);
    assertThat(four.controller.round()).isZero();
    four.prepare(keys.get(2), 4, Hash.ZERO);
    assertThat(four.controller.round()).isEqualTo(4);
  }

  @Test
  void anEquivocatingValidatorIsReportedOnceAndNeverCountedTwice() {
    four.boot();
    final Block block = four.blockFor(0, 0);
    four.propose(0, block, -1);
    four.prepare(keys.get(2), 0, block.hash());
    four.prepare(keys.get(2), 0, block.hash());
    assertThat(four.sent(MessageType.COMMIT, 1, 0)).isEmpty();
    four.prepare(keys.get(2), 0, Hash.ZERO);
    four.prepare(keys.get(2), 0, Hash.hash(Bytes.of(1)));
    assertThat(four.equivocators).containsExactly(keys.get(2).address());
    assertThat(four.sent(MessageType.COMMIT, 1, 0)).isEmpty();
    four.prepare(keys.get(3), 0, block.hash());
    assertThat(four.lastSent(MessageType.COMMIT, 1, 0).asCommit().blockHash()).isEqualTo(block.hash());
  }

  @Test
  void afterARestartTheWalKeepsItFromSigningADifferentVote() {
    four.boot();
    four.fire(TimeoutStep.PROPOSE);
    final BftMessage nil = four.lastSent(MessageType.PREPARE, 1, 0);
    assertThat(nil.asPrepare().isNil()).isTrue();

    four.boot();
    assertThat(four.sent).contains(nil);
    four.sent.clear();
    four.propose(0, four.blockFor(0, 0), -1);
    assertThat(four.sent(MessageType.PREPARE, 1, 0)).isEmpty();
    four.fire(TimeoutStep.PROPOSE);
    assertThat(four.sent(MessageType.PREPARE, 1, 0)).allMatch(m -> m.equals(nil));
  }

  @Test
  void aKillAfterTheWalWriteAndBeforeTheBroadcastResendsTheLoggedVoteOnRestart() {
    four.boot();
    final Block block = four.blockFor(0, 0);
    four.propose(0, block, -1);
    four.prepare(keys.get(1), 0, block.hash());
    four.crashOnBroadcast = true;
    assertThatThrownBy(() -> four.prepare(keys.get(2), 0, block.hash())).hasMessage("killed");
    assertThat(four.wal.entries()).anyMatch(e -> e.kind() == WalEntry.Kind.OWN_MESSAGE
        && ControllerHarness.CODEC.decode(e.data()).type() == MessageType.COMMIT);

    four.boot();
    assertThat(four.controller.lockedRound()).isZero();
    assertThat(four.controller.lockedHash()).contains(block.hash());
    final BftMessage commit = four.lastSent(MessageType.COMMIT, 1, 0);
    assertThat(commit.asCommit().blockHash()).isEqualTo(block.hash());
    // The restarted validator still holds the block it locked on, and commits with the others' votes.
    four.commit(keys.get(1), 0, block.hash());
    four.commit(keys.get(2), 0, block.hash());
    assertThat(four.chain).containsExactly(block);
  }

  @Test
  void messagesForTheNextHeightAreBufferedAndReplayedAndFPlusOneAheadRaisesTheSyncHint() {
    four.boot();
    final Block first = finishHeightOneElsewhere();
    assertThat(four.controller.bufferedFutureMessages()).isEqualTo(2);
    assertThat(four.syncHints).containsExactly(2L);
    // Height 1 decided here too: the buffered prepares of height 2 now count.
    four.commit(keys.get(1), 0, first.hash());
    four.commit(keys.get(2), 0, first.hash());
    assertThat(four.controller.height()).isEqualTo(2);
    assertThat(four.controller.bufferedFutureMessages()).isZero();
    four.wal.entries().forEach(e -> assertThat(e.height()).isEqualTo(2));
  }

  @Test
  void aChainHeadFromSyncMovesTheControllerPastTheSyncedHeight() {
    four.boot();
    final Block block = four.blockFor(0, 0);
    four.chain.add(block);
    four.certificates.add(new CommitCertificate(block.hash(), 0, List.of()));
    four.controller.handleNewChainHead(block.header());
    assertThat(four.controller.height()).isEqualTo(2);
    assertThat(four.controller.round()).isZero();
  }

  /** Locks this validator on round 0's block without deciding it (the commits do not arrive). */
  private Block lockOnRoundZero() {
    final Block block = four.blockFor(0, 0);
    four.propose(0, block, -1);
    four.prepare(keys.get(1), 0, block.hash());
    four.prepare(keys.get(2), 0, block.hash());
    assertThat(four.controller.lockedRound()).isZero();
    return block;
  }

  private Block finishHeightOneElsewhere() {
    final Block block = lockOnRoundZero();
    four.receive(keys.get(1), new Prepare(2, 0, Hash.ZERO));
    four.receive(keys.get(2), new Prepare(2, 0, Hash.ZERO));
    return block;
  }
}
