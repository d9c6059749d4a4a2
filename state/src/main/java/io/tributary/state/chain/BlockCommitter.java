package io.tributary.state.chain;

import io.tributary.core.block.Block;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.util.List;

/**
 * Commits an executed block: its state changes, chain data and the head pointer in one storage transaction, so a crash
 * at any moment leaves either the previous head or this one, never a mix. A block whose computed state root differs
 * from its header is refused and nothing is written.
 */
public final class BlockCommitter {
  /** Why a block could not be committed. */
  public enum Rejection {
    STATE_ROOT_MISMATCH,
    NOT_A_CHILD_OF_HEAD
  }

  private final KeyValueStorage storage;
  private final WorldStateArchive worldState;
  private final ChainStore chain;

  public BlockCommitter(final KeyValueStorage storage, final WorldStateArchive worldState, final ChainStore chain) {
    this.storage = storage;
    this.worldState = worldState;
    this.chain = chain;
  }

  public ValidationResult<Rejection> commit(final Block block, final List<TransactionReceipt> receipts,
      final WorldUpdater changes) {
    final Hash parent = block.header().parentHash();
    final boolean genesis = block.number() == 0 && chain.headHash().isEmpty();
    if (!genesis && !chain.headHash().map(parent::equals).orElse(false)) {
      return ValidationResult.invalid(Rejection.NOT_A_CHILD_OF_HEAD,
          "block " + block.number() + " does not extend the head " + chain.headHash().map(Hash::toShortHexString));
    }
    try (StorageTransaction tx = storage.startTransaction()) {
      final Hash root = worldState.commit(changes, tx);
      if (!root.equals(block.header().stateRoot())) {
        tx.rollback();
        return ValidationResult.invalid(Rejection.STATE_ROOT_MISMATCH, "block " + block.number() + " claims state root "
            + block.header().stateRoot() + " but execution gives " + root);
      }
      chain.writeCanonicalBlock(tx, block, receipts);
      tx.commit();
    }
    return ValidationResult.valid();
  }
}
