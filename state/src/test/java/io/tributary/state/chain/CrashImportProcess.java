package io.tributary.state.chain;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.storage.LmdbKeyValueStorage;
import io.tributary.state.world.StateRetention;
import io.tributary.state.world.WorldStateArchive;
import java.nio.file.Path;

/**
 * The process {@link CrashSafetyTest} kills: imports {@link SyntheticChain} blocks into an LMDB data dir, resuming from
 * its head, and prints "committed N" after each commit until it reaches the target height. With a third argument
 * "prune" it keeps {@link #PRUNING}'s window, pruning often and in small transactions, and prints "pruning after N"
 * before committing a block that a pass follows, so the test can aim kills at sweeps.
 */
public final class CrashImportProcess {
  static final StateRetention PRUNING =
      StateRetention.lastBlocks(StateRetention.MIN_BLOCKS).pruningEvery(8).sweepingInBatchesOf(16);

  private CrashImportProcess() {}

  public static void main(final String[] args) {
    final Path dir = Path.of(args[0]);
    final long target = Long.parseLong(args[1]);
    final StateRetention retention = args.length > 2 && args[2].equals("prune") ? PRUNING : StateRetention.archive();
    try (LmdbKeyValueStorage storage = LmdbKeyValueStorage.open(dir, 8L << 20)) {
      final WorldStateArchive archive = new WorldStateArchive(storage);
      final ChainStore chain = new ChainStore(storage);
      final BlockCommitter committer = new BlockCommitter(storage, archive, chain, retention);
      if (chain.headHash().isEmpty()) {
        final SyntheticChain.Executed genesis = SyntheticChain.genesis(archive);
        check(committer.commit(genesis.block(), genesis.receipts(), genesis.changes()));
      }
      BlockHeader head = chain.headHeader().orElseThrow();
      System.out.println("resumed at " + head.number());
      while (head.number() < target) {
        final SyntheticChain.Executed next = SyntheticChain.next(archive, head);
        if (retention.pruneAfter(next.block().number())) {
          System.out.println("pruning after " + next.block().number());
          System.out.flush();
        }
        check(committer.commit(next.block(), next.receipts(), next.changes()));
        head = next.block().header();
        System.out.println("committed " + head.number());
        System.out.flush();
      }
    }
  }

  private static void check(final ValidationResult<BlockCommitter.Rejection> result) {
    if (!result.isValid()) {
      throw new IllegalStateException(result.toString());
    }
  }
}
