package io.tributary.consensus.blockcreation;

import io.tributary.consensus.chain.NextBlockRules;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.LogsBloom;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.transaction.IntrinsicGasCalculator;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.chain.AncestorHashes;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.processing.BlockContext;
import io.tributary.state.processing.TransactionProcessingResult;
import io.tributary.state.processing.TransactionProcessor;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.trie.TrieRoots;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a child of a parent block with the pool's best-paying executable transactions, up to the gas limit, executing
 * each on the parent state. A transaction that turns out not to run is left out (and dropped from the pool unless it
 * may run later), so a built block is always valid.
 */
public final class BlockBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(BlockBuilder.class);

  private final ProtocolSchedule schedule;
  private final NextBlockRules rules;
  private final ChainStore chain;
  private final WorldStateArchive worldState;
  private final TransactionPool pool;
  private final long selectionBudgetNanos;

  /** A builder that fills blocks up to their gas limit however long executing the transactions takes. */
  public BlockBuilder(final ProtocolSchedule schedule, final ChainStore chain, final WorldStateArchive worldState,
      final TransactionPool pool) {
    this(schedule, chain, worldState, pool, Duration.ofNanos(Long.MAX_VALUE));
  }

  /**
   * A builder that stops adding transactions once it has spent {@code selectionBudget} executing them, so a proposal
   * reaches the other validators within their propose timeout however full the pool is. What a block holds is the
   * proposer's choice, never a consensus rule: validators check the block, not how it was picked.
   */
  public BlockBuilder(final ProtocolSchedule schedule, final ChainStore chain, final WorldStateArchive worldState,
      final TransactionPool pool, final Duration selectionBudget) {
    this.schedule = schedule;
    this.rules = new NextBlockRules(schedule, worldState);
    this.chain = chain;
    this.worldState = worldState;
    this.pool = pool;
    this.selectionBudgetNanos = selectionBudget.toNanos();
  }

  /** What the parent's state says its child must be (validators, gas limit, base fee). */
  public NextBlockRules rules() {
    return rules;
  }

  /** Builds the child of {@code parent}; {@code extraData} is the consensus engine's (sealed afterwards). */
  public BuiltBlock build(final BlockHeader parent, final long timestamp, final Address coinbase,
      final Bytes extraData) {
    final long number = parent.number() + 1;
    final ProtocolSpec spec = schedule.specAt(number);
    final NextBlockRules.Rules next = rules.forChildOf(parent);
    final Wei baseFee = next.baseFee();
    final BlockContext context = new BlockContext(number, timestamp, coinbase, baseFee, next.gasLimit())
        .withBlockHashes(AncestorHashes.of(chain, parent));
    final WorldUpdater world = worldState.updater(parent.stateRoot());
    final TransactionProcessor processor = new TransactionProcessor(spec);

    final List<Transaction> included = new ArrayList<>();
    final List<TransactionReceipt> receipts = new ArrayList<>();
    final Set<Address> skippedSenders = new HashSet<>();
    long gasUsed = 0;
    final List<Transaction> executable = new ArrayList<>();
    pool.executable(baseFee, world::nonce).forEach(executable::add);
    // The attribution claims of every candidate transaction in one batch on the poa-engine.
    spec.ai().verifyBlock(new WorldUpdaterEvmWorld(world), number, executable);
    final long started = System.nanoTime();
    for (final Transaction tx : executable) {
      final long gasLeft = context.gasLimit() - gasUsed;
      if (gasLeft < IntrinsicGasCalculator.TX_BASE || System.nanoTime() - started > selectionBudgetNanos) {
        break;
      }
      final Address sender = tx.sender().orElseThrow();
      if (skippedSenders.contains(sender)) {
        continue;
      }
      final TransactionProcessingResult result = processor.process(world, context, tx, gasLeft);
      if (result.isInvalid()) {
        skippedSenders.add(sender);
        final TransactionInvalidReason reason = result.validity().reason().orElseThrow();
        if (reason != TransactionInvalidReason.EXCEEDS_BLOCK_GAS_LIMIT) {
          LOG.debug("Dropping {} from the pool: {}", tx.hash(), result.validity().message());
          pool.drop(tx);
        }
        continue;
      }
      gasUsed += result.gasUsed();
      included.add(tx);
      receipts.add(TransactionReceipt.of(tx.type(), result.success(), gasUsed, result.logs()));
    }
    final BlockHeader header = BlockHeader.builder()
        .parentHash(parent.hash())
        .coinbase(coinbase)
        .stateRoot(worldState.rootAfter(world))
        .transactionsRoot(transactionsRoot(included))
        .receiptsRoot(receiptsRoot(receipts))
        .logsBloom(LogsBloom.union(receipts.stream().map(TransactionReceipt::bloom).toList()))
        .number(number)
        .gasLimit(context.gasLimit())
        .gasUsed(gasUsed)
        .timestamp(timestamp)
        .extraData(extraData)
        .tributaryCancunFields(baseFee)
        .build();
    return new BuiltBlock(new Block(header, BlockBody.of(included)), receipts, world);
  }

  public static Hash transactionsRoot(final List<Transaction> txs) {
    return TrieRoots.orderedRoot(txs.stream().map(Transaction::encoded).toList());
  }

  public static Hash receiptsRoot(final List<TransactionReceipt> receipts) {
    return TrieRoots.orderedRoot(receipts.stream().map(TransactionReceipt::encoded).toList());
  }
}
