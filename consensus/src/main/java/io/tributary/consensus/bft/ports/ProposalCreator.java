package io.tributary.consensus.bft.ports;

import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.Signature;
import java.util.List;

/**
 * Builds this validator's block for a round: a child of {@code parent} whose extraData names the parent's validator
 * set, {@code round}, and {@code parentCommitSeals} (the seals that finalised the parent; empty when the parent is
 * genesis), sealed with this validator's proposer seal. The node implements it with {@code BftProposer} and its
 * pool. Called on the engine's event thread.
 */
@FunctionalInterface
public interface ProposalCreator {
  Block createProposal(BlockHeader parent, int round, List<Signature> parentCommitSeals);
}
