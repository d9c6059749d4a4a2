package io.tributary.consensus.bft.ports;

import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.validation.ValidationResult;

/**
 * Whether a proposed block is valid on {@code parent}: header rules (proposer seal, parent commit seals, base fee),
 * body roots and full execution including the attribution claims, without committing anything. The engine asks once
 * per block hash and height, before its first vote for the block; the proposer checks its own block too.
 */
@FunctionalInterface
public interface BlockValidator {
  ValidationResult<BlockInvalidReason> validate(Block block, BlockHeader parent);
}
