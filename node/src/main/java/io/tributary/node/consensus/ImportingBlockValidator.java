package io.tributary.node.consensus;

import io.tributary.consensus.bft.ports.BlockValidator;
import io.tributary.consensus.chain.BlockImporter;
import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a proposal by executing it on its parent (attribution claims included) through the importer, which keeps
 * the effects for the commit. Transactions the pool already holds are taken from the pool: the same bytes, with the
 * sender already recovered, so a validator does not recover every signature of a block a second time.
 */
public final class ImportingBlockValidator implements BlockValidator {
  private final BlockImporter importer;
  private final TransactionPool pool;

  public ImportingBlockValidator(final BlockImporter importer, final TransactionPool pool) {
    this.importer = importer;
    this.pool = pool;
  }

  @Override
  public ValidationResult<BlockInvalidReason> validate(final Block block, final BlockHeader parent) {
    return importer.validate(withPooledTransactions(block));
  }

  private Block withPooledTransactions(final Block block) {
    final List<Transaction> transactions = new ArrayList<>(block.body().transactions().size());
    for (final Transaction tx : block.body().transactions()) {
      transactions.add(pool.get(tx.hash()).filter(pooled -> pooled.encoded().equals(tx.encoded())).orElse(tx));
    }
    final BlockBody body = new BlockBody(transactions, block.body().ommers(), block.body().withdrawals());
    return new Block(block.header(), body);
  }
}
