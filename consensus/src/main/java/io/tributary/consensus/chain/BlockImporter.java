package io.tributary.consensus.chain;

import io.tributary.consensus.bft.BftHeaderValidator;
import io.tributary.consensus.bft.CommitCertificateValidator;
import io.tributary.consensus.blockcreation.BlockBuilder;
import io.tributary.consensus.blockcreation.BuiltBlock;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.block.LogsBloom;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Hash;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a block the new head: checks its header against the parent, executes it, checks every root, and commits it
 * atomically with the certificate that finalised it. Listeners hear of it after the commit. Imports are serialised:
 * one writer.
 *
 * <p>A validator executes a proposal to vote on it ({@link #validate}) and commits it once decided; the effects of
 * that execution, and of the node's own proposals ({@link #remember}), are kept for a few blocks so a decided block
 * is not executed twice.
 */
public final class BlockImporter {
  private static final Logger LOG = LoggerFactory.getLogger(BlockImporter.class);
  /** Executed blocks kept for their commit: a few rounds' proposals at the current height are plenty. */
  private static final int EXECUTED_CACHE = 8;

  private final ProtocolSchedule schedule;
  private final ChainStore chain;
  private final WorldStateArchive worldState;
  private final BlockCommitter committer;
  private final BftHeaderValidator headerValidator;
  private final NextBlockRules rules;
  private final CommitCertificateValidator certificates = new CommitCertificateValidator(SignatureAlgorithms.get());
  private final List<BlockAddedListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<Hash, BuiltBlock> executed = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(final Map.Entry<Hash, BuiltBlock> eldest) {
      return size() > EXECUTED_CACHE;
    }
  };

  public BlockImporter(final ProtocolSchedule schedule, final ChainStore chain, final WorldStateArchive worldState,
      final BlockCommitter committer, final BftHeaderValidator headerValidator) {
    this.schedule = schedule;
    this.chain = chain;
    this.worldState = worldState;
    this.committer = committer;
    this.headerValidator = headerValidator;
    this.rules = headerValidator.rules();
  }

  public void subscribe(final BlockAddedListener listener) {
    listeners.add(listener);
  }

  /** Keeps the effects of the node's own proposal, so validating and committing it does not execute it again. */
  public synchronized void remember(final BuiltBlock built) {
    executed.put(built.block().hash(), built);
  }

  /**
   * Whether {@code block} is a valid child of its (stored) parent: header rules, seals, body roots and execution
   * (attribution claims included). What a validator checks before voting for a proposal; the effects are kept.
   */
  public synchronized ValidationResult<BlockInvalidReason> validate(final Block block) {
    return executed.containsKey(block.hash()) ? ValidationResult.valid() : check(block);
  }

  /** Validates, executes and commits a block received from elsewhere (a peer, a file, a replay). */
  public synchronized ValidationResult<BlockInvalidReason> importBlock(final Block block) {
    return importBlock(block, Optional.empty());
  }

  /**
   * Commits a block decided by consensus or taken from a peer with its {@code certificate}: the certificate must hold
   * a quorum of the block's validators' commit seals, then the block is validated (or its kept execution used) and
   * committed with it.
   */
  public synchronized ValidationResult<BlockInvalidReason> importFinal(final Block block,
      final CommitCertificate certificate) {
    if (chain.canonicalHash(block.number()).map(block.hash()::equals).orElse(false)) {
      return ValidationResult.valid(); // decided here and synced from a peer too: the same final block, once
    }
    final BlockHeader parent = chain.header(block.header().parentHash()).orElse(null);
    if (parent == null) {
      return unknownParent(block);
    }
    final ValidationResult<BlockInvalidReason> sealed = certificates.validate(certificate, block.hash(),
        rules.validators(parent));
    if (!sealed.isValid()) {
      return sealed;
    }
    return importBlock(block, Optional.of(certificate));
  }

  /**
   * Commits the node's own block. Its header is checked like any other (a bug in the builder must not reach the
   * chain); its effects are those it was built with, so the block is not executed twice.
   */
  public synchronized ValidationResult<BlockInvalidReason> importOwn(final BuiltBlock built) {
    return importOwn(built, Optional.empty());
  }

  /** {@link #importOwn(BuiltBlock)} with the certificate that finalised the block. */
  public synchronized ValidationResult<BlockInvalidReason> importOwn(final BuiltBlock built,
      final Optional<CommitCertificate> certificate) {
    final Block block = built.block();
    final BlockHeader parent = chain.header(block.header().parentHash()).orElse(null);
    if (parent == null) {
      return unknownParent(block);
    }
    final ValidationResult<BlockInvalidReason> upgrade = knownRules(block);
    if (!upgrade.isValid()) {
      return upgrade;
    }
    final ValidationResult<BlockInvalidReason> header = headerValidator.validate(block.header(), parent);
    if (!header.isValid()) {
      return header;
    }
    return commit(built, certificate);
  }

  private ValidationResult<BlockInvalidReason> importBlock(final Block block,
      final Optional<CommitCertificate> certificate) {
    final ValidationResult<BlockInvalidReason> valid = validate(block);
    if (!valid.isValid()) {
      return valid;
    }
    return commit(executed.get(block.hash()), certificate);
  }

  /** Refuses a block from the height of an upgrade this release does not know: its rules cannot be checked here. */
  private ValidationResult<BlockInvalidReason> knownRules(final Block block) {
    return schedule.missingUpgradeAt(block.number())
        .map(missing -> ValidationResult.<BlockInvalidReason>invalid(BlockInvalidReason.UNKNOWN_UPGRADE, "block "
            + block.number() + " follows protocol upgrade '" + missing.getValue() + "', active from block "
            + missing.getKey() + ", which this release does not know"))
        .orElse(ValidationResult.valid());
  }

  /** Checks and executes {@code block} on its parent; a valid block's effects are kept for its commit. */
  private ValidationResult<BlockInvalidReason> check(final Block block) {
    final ValidationResult<BlockInvalidReason> upgrade = knownRules(block);
    if (!upgrade.isValid()) {
      return upgrade;
    }
    final BlockHeader parent = chain.header(block.header().parentHash()).orElse(null);
    if (parent == null) {
      return unknownParent(block);
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
    final BlockProcessingResult result = new BlockProcessor(schedule.specAt(block.number()))
        .process(world, BlockContext.of(block.header()).withBlockHashes(AncestorHashes.of(chain, parent)),
            block.body().transactions());
    if (!result.isValid()) {
      final BlockProcessingResult.InvalidTransaction bad = result.invalidTransaction().get();
      return ValidationResult.invalid(BlockInvalidReason.INVALID_TRANSACTION, bad.message());
    }
    if (result.gasUsed() != block.header().gasUsed()) {
      return ValidationResult.invalid(BlockInvalidReason.GAS_USED_MISMATCH, "header says gas used "
          + block.header().gasUsed() + ", execution used " + result.gasUsed());
    }
    if (!BlockBuilder.receiptsRoot(result.receipts()).equals(block.header().receiptsRoot())) {
      return ValidationResult.invalid(BlockInvalidReason.RECEIPTS_ROOT_MISMATCH, "receipts root does not match");
    }
    if (!LogsBloom.union(result.receipts().stream().map(TransactionReceipt::bloom).toList())
        .equals(block.header().logsBloom())) {
      return ValidationResult.invalid(BlockInvalidReason.LOGS_BLOOM_MISMATCH, "logs bloom does not match");
    }
    final Hash root = worldState.rootAfter(world);
    if (!root.equals(block.header().stateRoot())) {
      return ValidationResult.invalid(BlockInvalidReason.STATE_ROOT_MISMATCH, "block " + block.number()
          + " claims state root " + block.header().stateRoot() + " but execution gives " + root);
    }
    executed.put(block.hash(), new BuiltBlock(block, result.receipts(), world));
    return ValidationResult.valid();
  }

  private ValidationResult<BlockInvalidReason> commit(final BuiltBlock built,
      final Optional<CommitCertificate> certificate) {
    final Block block = built.block();
    final ValidationResult<BlockCommitter.Rejection> committed = committer.commit(block, built.receipts(),
        built.changes(), certificate);
    executed.remove(block.hash());
    if (!committed.isValid()) {
      return ValidationResult.invalid(committed.reason().get() == BlockCommitter.Rejection.STATE_ROOT_MISMATCH
          ? BlockInvalidReason.STATE_ROOT_MISMATCH : BlockInvalidReason.NOT_A_CHILD_OF_HEAD, committed.message());
    }
    executed.values().removeIf(other -> other.block().number() <= block.number());
    for (final BlockAddedListener listener : listeners) {
      try {
        listener.onBlockAdded(block, built.receipts());
      } catch (final RuntimeException e) {
        LOG.warn("A block listener failed on block {}", block.number(), e);
      }
    }
    return ValidationResult.valid();
  }

  private static ValidationResult<BlockInvalidReason> unknownParent(final Block block) {
    return ValidationResult.invalid(BlockInvalidReason.UNKNOWN_PARENT, "block " + block.number()
        + " has unknown parent " + block.header().parentHash());
  }
}
