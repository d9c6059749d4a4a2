package io.tributary.consensus.chain;

import io.tributary.consensus.bft.BftHeaderValidator;
import io.tributary.consensus.blockcreation.BlockBuilder;
import io.tributary.consensus.blockcreation.BuiltBlock;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.LogsBloom;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.chain.AncestorHashes;
import io.tributary.state.chain.BlockCommitter;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.processing.BlockContext;
import io.tributary.state.processing.BlockProcessingResult;
import io.tributary.state.processing.BlockProcessor;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a block the new head: checks its header against the parent, executes it (or, for the node's own proposal,
 * takes the effects it was built with), checks every root, and commits it atomically. Listeners hear of it after the
 * commit. Imports are serialised: one writer.
 */
public final class BlockImporter {
  private static final Logger LOG = LoggerFactory.getLogger(BlockImporter.class);

  private final ProtocolSchedule schedule;
  private final ChainStore chain;
  private final WorldStateArchive worldState;
  private final BlockCommitter committer;
  private final BftHeaderValidator headerValidator;
  private final List<BlockAddedListener> listeners = new CopyOnWriteArrayList<>();

  public BlockImporter(final ProtocolSchedule schedule, final ChainStore chain, final WorldStateArchive worldState,
      final BlockCommitter committer, final BftHeaderValidator headerValidator) {
    this.schedule = schedule;
    this.chain = chain;
    this.worldState = worldState;
    this.committer = committer;
    this.headerValidator = headerValidator;
  }

  public void subscribe(final BlockAddedListener listener) {
    listeners.add(listener);
  }

  /** Validates, executes and commits a block received from elsewhere (a peer, a file, a replay). */
  public synchronized ValidationResult<BlockInvalidReason> importBlock(final Block block) {
    final BlockHeader parent = chain.header(block.header().parentHash()).orElse(null);
    if (parent == null) {
      return ValidationResult.invalid(BlockInvalidReason.UNKNOWN_PARENT, "block " + block.number()
          + " has unknown parent " + block.header().parentHash());
    }
    final ValidationResult<BlockInvalidReason> header = headerValidator.validate(block.header(), parent);
    if (!header.isValid()) {
      return header;
    }
    if (!block.body().ommers().isEmpty() || !block.body().withdrawals().map(List::isEmpty).orElse(false)) {
      return ValidationResult.invalid(BlockInvalidReason.UNEXPECTED_OMMERS_OR_WITHDRAWALS,
          "a Tributary block has no ommers and an empty withdrawals list");
    }
    if (!BlockBuilder.transactionsRoot(block.body().transactions()).equals(block.header().transactionsRoot())) {
      return ValidationResult.invalid(BlockInvalidReason.TRANSACTIONS_ROOT_MISMATCH,
          "transactions root does not match the body");
    }
    final WorldUpdater world = worldState.updater(parent.stateRoot());
    final BlockProcessingResult executed = new BlockProcessor(schedule.specAt(block.number()))
        .process(world, BlockContext.of(block.header()).withBlockHashes(AncestorHashes.of(chain, parent)),
            block.body().transactions());
    if (!executed.isValid()) {
      final BlockProcessingResult.InvalidTransaction bad = executed.invalidTransaction().get();
      return ValidationResult.invalid(BlockInvalidReason.INVALID_TRANSACTION, bad.message());
    }
    if (executed.gasUsed() != block.header().gasUsed()) {
      return ValidationResult.invalid(BlockInvalidReason.GAS_USED_MISMATCH, "header says gas used "
          + block.header().gasUsed() + ", execution used " + executed.gasUsed());
    }
    if (!BlockBuilder.receiptsRoot(executed.receipts()).equals(block.header().receiptsRoot())) {
      return ValidationResult.invalid(BlockInvalidReason.RECEIPTS_ROOT_MISMATCH, "receipts root does not match");
    }
    if (!LogsBloom.union(executed.receipts().stream().map(TransactionReceipt::bloom).toList())
        .equals(block.header().logsBloom())) {
      return ValidationResult.invalid(BlockInvalidReason.LOGS_BLOOM_MISMATCH, "logs bloom does not match");
    }
    return commit(block, executed.receipts(), world);
  }

  /**
   * Commits the node's own proposal. Its header is checked like any other (a bug in the builder must not reach the
   * chain); its effects are those it was built with, so the block is not executed twice.
   */
  public synchronized ValidationResult<BlockInvalidReason> importOwn(final BuiltBlock built) {
    final Block block = built.block();
    final BlockHeader parent = chain.header(block.header().parentHash()).orElse(null);
    if (parent == null) {
      return ValidationResult.invalid(BlockInvalidReason.UNKNOWN_PARENT, "own block " + block.number()
          + " has unknown parent");
    }
    final ValidationResult<BlockInvalidReason> header = headerValidator.validate(block.header(), parent);
    if (!header.isValid()) {
      return header;
    }
    return commit(block, built.receipts(), built.changes());
  }

  private ValidationResult<BlockInvalidReason> commit(final Block block, final List<TransactionReceipt> receipts,
      final WorldUpdater changes) {
    final ValidationResult<BlockCommitter.Rejection> committed = committer.commit(block, receipts, changes);
    if (!committed.isValid()) {
      return ValidationResult.invalid(committed.reason().get() == BlockCommitter.Rejection.STATE_ROOT_MISMATCH
          ? BlockInvalidReason.STATE_ROOT_MISMATCH : BlockInvalidReason.NOT_A_CHILD_OF_HEAD, committed.message());
    }
    for (final BlockAddedListener listener : listeners) {
      try {
        listener.onBlockAdded(block, receipts);
      } catch (final RuntimeException e) {
        LOG.warn("A block listener failed on block {}", block.number(), e);
      }
    }
    return ValidationResult.valid();
  }
}
