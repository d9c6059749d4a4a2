package io.tributary.state.processing;

import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.transaction.Transaction;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.world.WorldUpdater;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Executes a block's transactions in order on the parent state; every one must be includable. */
public final class BlockProcessor {
  private final ProtocolSpec spec;
  private final TransactionProcessor transactions;

  public BlockProcessor(final ProtocolSpec spec) {
    this.spec = spec;
    this.transactions = new TransactionProcessor(spec);
  }

  public BlockProcessingResult process(final WorldUpdater world, final BlockContext block,
      final List<Transaction> txs) {
    // Every attribution claim of the block in one batch on the poa-engine, against the parent state.
    spec.ai().verifyBlock(new WorldUpdaterEvmWorld(world), block.number(), txs);
    final List<TransactionReceipt> receipts = new ArrayList<>(txs.size());
    long gasUsed = 0;
    for (int i = 0; i < txs.size(); i++) {
      final Transaction tx = txs.get(i);
      final TransactionProcessingResult result = transactions.process(world, block, tx, block.gasLimit() - gasUsed);
      if (result.isInvalid()) {
        return new BlockProcessingResult(receipts, gasUsed, Optional.of(new BlockProcessingResult.InvalidTransaction(
            i, result.validity().reason().orElseThrow(), "transaction " + i + " (" + tx.hash() + "): "
                + result.validity().message())));
      }
      gasUsed += result.gasUsed();
      receipts.add(TransactionReceipt.of(tx.type(), result.success(), gasUsed, result.logs()));
    }
    return new BlockProcessingResult(receipts, gasUsed, Optional.empty());
  }
}
