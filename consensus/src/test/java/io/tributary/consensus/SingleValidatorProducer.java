package io.tributary.consensus;

import io.tributary.consensus.bft.BftBlockSealer;
import io.tributary.consensus.bft.BftProposer;
import io.tributary.consensus.blockcreation.BuiltBlock;
import io.tributary.consensus.chain.BlockImporter;
import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.crypto.Signature;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.chain.ChainStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What a lone validator's engine does at each height, without timers or messages: propose on the head, commit the
 * block with its own commit seal as certificate. Tests of the proposer role and block import produce chains with it.
 */
public final class SingleValidatorProducer {
  private final ChainStore chain;
  private final BftProposer proposer;
  private final BlockImporter importer;
  private final BftBlockSealer sealer;
  private final Clock clock;

  public SingleValidatorProducer(final ChainStore chain, final BftProposer proposer, final BlockImporter importer,
      final BftBlockSealer sealer, final Clock clock) {
    this.chain = chain;
    this.proposer = proposer;
    this.importer = importer;
    this.sealer = sealer;
    this.clock = clock;
  }

  /** Proposes and commits the next block; the importer's verdict on it. */
  public ValidationResult<BlockInvalidReason> produce() {
    final BlockHeader head = chain.headHeader().orElseThrow();
    final long timestamp = Math.max(head.timestamp() + 1, clock.instant().getEpochSecond());
    final List<Signature> parentSeals = head.number() == 0 ? List.of()
        : chain.certificate(head.hash()).map(CommitCertificate::seals).orElseGet(List::of);
    final BuiltBlock built = proposer.propose(head, 0, timestamp, parentSeals);
    return importer.importOwn(built, Optional.of(new CommitCertificate(built.block().hash(), 0,
        List.of(sealer.commitSeal(built.block().hash())))));
  }
}
