package io.tributary.consensus.chain;

import static io.tributary.consensus.TestChain.USERS;
import static io.tributary.consensus.TestChain.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.consensus.TestChain;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.Block;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.crypto.SignatureAlgorithms;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockImporterTest {
  private final TestChain producer = new TestChain();
  private final TestChain follower = new TestChain();

  private Block produced(final long number) {
    return producer.chain.blockByNumber(number).orElseThrow();
  }

  private CommitCertificate sealedBy(final Block block, final io.tributary.core.crypto.KeyPair key) {
    return new CommitCertificate(block.hash(), 0, List.of(SignatureAlgorithms.get().sign(
        BftExtraData.commitSealHash(block.hash()), key)));
  }

  @Test
  void aFinalBlockIsCommittedWithItsCertificate() {
    producer.pool.add(transfer(USERS.get(0), 0), producer.poolHead());
    producer.engine.produce();
    final Block first = produced(1);
    final CommitCertificate certificate = sealedBy(first, TestChain.VALIDATOR);

    assertThat(follower.importer.importFinal(first, certificate).isValid()).isTrue();
    assertThat(follower.chain.certificate(first.hash())).contains(certificate);
    assertThat(follower.head().hash()).isEqualTo(first.hash());
    assertThat(follower.importer.importFinal(first, certificate).isValid()).as("a block already final is no error")
        .isTrue();
  }

  @Test
  void aCertificateWithoutAQuorumOfTheBlocksValidatorsIsRefusedAndNothingIsWritten() {
    producer.engine.produce();
    final Block first = produced(1);

    assertThat(follower.importer.importFinal(first, sealedBy(first, USERS.get(0))).reason())
        .contains(BlockInvalidReason.INSUFFICIENT_COMMIT_SEALS);
    assertThat(follower.importer.importFinal(first, new CommitCertificate(first.hash(), 0, List.of())).reason())
        .contains(BlockInvalidReason.INSUFFICIENT_COMMIT_SEALS);
    assertThat(follower.head().number()).isZero();
    assertThat(follower.chain.certificate(first.hash())).isEmpty();
  }

  @Test
  void aCertificateForAnotherBlockIsRefused() {
    producer.engine.produce();
    producer.engine.produce();

    assertThat(follower.importer.importFinal(produced(1), sealedBy(produced(2), TestChain.VALIDATOR)).reason())
        .contains(BlockInvalidReason.INSUFFICIENT_COMMIT_SEALS);
  }

  @Test
  void aValidatedProposalIsCommittedFromItsKeptExecution() {
    producer.pool.add(transfer(USERS.get(1), 0), producer.poolHead());
    producer.engine.produce();
    final Block first = produced(1);

    assertThat(follower.importer.validate(first).isValid()).isTrue();
    assertThat(follower.head().number()).as("validating commits nothing").isZero();
    assertThat(follower.importer.importFinal(first, sealedBy(first, TestChain.VALIDATOR)).isValid()).isTrue();
    assertThat(follower.head().stateRoot()).isEqualTo(first.header().stateRoot());
  }

  @Test
  void anInvalidProposalIsRefusedByValidationWithItsReason() {
    producer.engine.produce();
    final Block first = produced(1);
    final Block forged = new Block(first.header().toBuilder().gasUsed(1).build(), first.body());

    assertThat(follower.importer.validate(forged).isValid()).isFalse();
    assertThat(follower.head().number()).isZero();
  }
}
