package io.tributary.node.consensus;

import io.tributary.consensus.bft.ports.FinalizedBlocks;
import io.tributary.consensus.chain.BlockImporter;
import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.core.block.Block;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.validation.ValidationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits each decided block with its certificate, atomically, so the engine sees the new head when this returns.
 * A decided block that does not import is a bug or a broken disk, never a vote to undo: it is logged loudly and the
 * node catches up from its peers by range sync.
 */
public final class ImportingFinalizedBlocks implements FinalizedBlocks {
  private static final Logger LOG = LoggerFactory.getLogger(ImportingFinalizedBlocks.class);

  private final BlockImporter importer;

  public ImportingFinalizedBlocks(final BlockImporter importer) {
    this.importer = importer;
  }

  @Override
  public void onFinalized(final Block block, final CommitCertificate certificate) {
    final ValidationResult<BlockInvalidReason> imported = importer.importFinal(block, certificate);
    if (!imported.isValid()) {
      LOG.error("Decided block #{} {} could not be committed: {}", block.number(), block.hash().toShortHexString(),
          imported.message());
    }
  }
}
