package io.tributary.node.consensus;

import io.tributary.consensus.bft.BftProposer;
import io.tributary.consensus.bft.ports.ProposalCreator;
import io.tributary.consensus.blockcreation.BuiltBlock;
import io.tributary.consensus.chain.BlockImporter;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.Signature;
import java.time.Clock;
import java.util.List;

/**
 * Builds this validator's proposal from the pool at the clock's second (never before the parent's next second), and
 * keeps its effects with the importer so validating and committing it does not execute it again.
 */
public final class PoolProposalCreator implements ProposalCreator {
  private final BftProposer proposer;
  private final BlockImporter importer;
  private final Clock clock;

  public PoolProposalCreator(final BftProposer proposer, final BlockImporter importer, final Clock clock) {
    this.proposer = proposer;
    this.importer = importer;
    this.clock = clock;
  }

  @Override
  public Block createProposal(final BlockHeader parent, final int round, final List<Signature> parentCommitSeals) {
    final long timestamp = Math.max(parent.timestamp() + 1, clock.instant().getEpochSecond());
    final BuiltBlock built = proposer.propose(parent, round, timestamp, parentCommitSeals);
    importer.remember(built);
    return built.block();
  }
}
