package io.tributary.state.chain;

import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.prune.StatePruner;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.world.StateRetention;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final Logger LOG = LoggerFactory.getLogger(BlockCommitter.class);

  private final KeyValueStorage storage;
  private final WorldStateArchive worldState;
  private final ChainStore chain;
  private final Optional<StatePruner> pruner;

  /** An archive node's committer: every committed state stays readable. */
  public BlockCommitter(final KeyValueStorage storage, final WorldStateArchive worldState, final ChainStore chain) {
    this(storage, worldState, chain, StateRetention.archive());
  }

  /**
   * A committer that keeps the states {@code retention} asks for, pruning older trie nodes right after the blocks it
   * names. With pruning, state must be committed only through this committer (pruning assumes nothing writes between
   * its mark and its sweep).
   */
  public BlockCommitter(final KeyValueStorage storage, final WorldStateArchive worldState, final ChainStore chain,
      final StateRetention retention) {
    this.storage = storage;
    this.worldState = worldState;
    this.chain = chain;
    this.pruner = retention.isArchive() ? Optional.empty() : Optional.of(new StatePruner(storage, retention,
        number -> chain.headerByNumber(number).map(BlockHeader::stateRoot)));
  }

  /**
   * Commits {@code block} as the new head; then, on a pruning node, runs a pruning pass if one is due. Synchronized:
   * blocks commit one at a time, and never while a pass sweeps.
   */
  public ValidationResult<Rejection> commit(final Block block, final List<TransactionReceipt> receipts,
      final WorldUpdater changes) {
    return commit(block, receipts, changes, Optional.empty());
  }

  /**
   * Commits {@code block} with the certificate that finalised it, both or neither, so a node restarted after a crash
   * can still prove its head final to a syncing peer.
   */
  public synchronized ValidationResult<Rejection> commit(final Block block, final List<TransactionReceipt> receipts,
      final WorldUpdater changes, final Optional<CommitCertificate> certificate) {
    if (certificate.isPresent() && !certificate.get().blockHash().equals(block.hash())) {
      throw new IllegalArgumentException("certificate for " + certificate.get().blockHash() + " given with block "
          + block.hash());
    }
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
      certificate.ifPresent(c -> chain.writeCertificate(tx, c));
      tx.commit();
    }
    pruner.ifPresent(p -> prune(p, block.number()));
    return ValidationResult.valid();
  }

  /** The block is committed whatever happens here: a pass that fails leaves only garbage, which the next collects. */
  private static void prune(final StatePruner pruner, final long head) {
    try {
      pruner.afterCommit(head);
    } catch (RuntimeException e) {
      LOG.error("state pruning after block {} failed; the next pass retries", head, e);
    }
  }
}
