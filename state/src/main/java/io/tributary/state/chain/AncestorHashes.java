package io.tributary.state.chain;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Hash;
import io.tributary.vm.BlockHashLookup;

/**
 * BLOCKHASH's source for a block built or imported on top of {@code parent}: the parent itself, then the canonical
 * chain below it (a BFT chain does not reorganise, so the parent's ancestors are the canonical blocks). The EVM asks
 * only for the 256 blocks before the current one.
 */
public final class AncestorHashes {
  private AncestorHashes() {}

  public static BlockHashLookup of(final ChainStore chain, final BlockHeader parent) {
    final long parentNumber = parent.number();
    final Hash parentHash = parent.hash();
    return number -> number == parentNumber ? parentHash
        : number < parentNumber ? chain.canonicalHash(number).orElse(Hash.ZERO) : Hash.ZERO;
  }
}
