package io.tributary.state.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.block.Block;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainStoreTest {
  private final InMemoryKeyValueStorage storage = new InMemoryKeyValueStorage();
  private final WorldStateArchive archive = new WorldStateArchive(storage);
  private final ChainStore chain = new ChainStore(storage);
  private final BlockCommitter committer = new BlockCommitter(storage, archive, chain);

  private Block importBlocks(final int count) {
    SyntheticChain.Executed executed = SyntheticChain.genesis(archive);
    assertThat(committer.commit(executed.block(), executed.receipts(), executed.changes()).isValid()).isTrue();
    for (int i = 0; i < count; i++) {
      executed = SyntheticChain.next(archive, executed.block().header());
      final ValidationResult<BlockCommitter.Rejection> result =
          committer.commit(executed.block(), executed.receipts(), executed.changes());
      assertThat(result.isValid()).as(result.toString()).isTrue();
    }
    return executed.block();
  }

  @Test
  void findsBlocksByHashAndNumberAndFollowsTheHead() {
    final Block head = importBlocks(5);
    assertThat(chain.headHash()).contains(head.hash());
    assertThat(chain.headHeader().orElseThrow().number()).isEqualTo(5);
    assertThat(chain.blockByNumber(5)).contains(head);
    assertThat(chain.block(head.hash())).contains(head);
    assertThat(chain.headerByNumber(4).orElseThrow().hash()).isEqualTo(head.header().parentHash());
    assertThat(chain.canonicalHash(6)).isEmpty();
    assertThat(archive.at(head.header().stateRoot()).rootHash()).isEqualTo(head.header().stateRoot());
  }

  @Test
  void locatesTransactionsAndTheirReceipts() {
    final Block head = importBlocks(3);
    final Transaction tx = head.body().transactions().get(7);
    final TransactionLocation location = chain.transactionLocation(tx.hash()).orElseThrow();
    assertThat(location).isEqualTo(new TransactionLocation(head.hash(), 3, 7));
    assertThat(chain.transaction(tx.hash())).contains(tx);
    assertThat(chain.receipts(head.hash()).orElseThrow()).hasSize(SyntheticChain.TRANSFERS_PER_BLOCK);
    assertThat(chain.transactionLocation(Hash.ZERO)).isEmpty();
  }

  @Test
  void indexesLogsByAddressAndTopicForRangeQueries() {
    final Block head = importBlocks(6);
    final var sender = head.body().transactions().get(0).sender().orElseThrow();
    final var byAddress = chain.logsByAddress(sender, 6, 6);
    assertThat(byAddress).isNotEmpty().allSatisfy(l -> assertThat(l.blockNumber()).isEqualTo(6));
    assertThat(byAddress.get(0).transactionIndex()).isZero();
    final var byTopic = chain.logsByTopic(SyntheticChain.TRANSFER_TOPIC, 2, 4);
    assertThat(byTopic).hasSize(3 * SyntheticChain.TRANSFERS_PER_BLOCK);
    assertThat(byTopic.get(0).blockNumber()).isEqualTo(2);
    assertThat(byTopic.get(byTopic.size() - 1).blockNumber()).isEqualTo(4);
  }

  @Test
  void refusesABlockWhoseStateRootIsWrongAndWritesNothing() {
    final Block head = importBlocks(1);
    final SyntheticChain.Executed next = SyntheticChain.next(archive, head.header());
    final Block forged = new Block(next.block().header().toBuilder().stateRoot(Hash.ZERO).build(), next.block().body());
    final ValidationResult<BlockCommitter.Rejection> result = committer.commit(forged, next.receipts(), next.changes());
    assertThat(result.reason()).contains(BlockCommitter.Rejection.STATE_ROOT_MISMATCH);
    assertThat(chain.headHash()).contains(head.hash());
    assertThat(chain.block(forged.hash())).isEmpty();
    assertThat(archive.flatRoot()).contains(head.header().stateRoot());
  }

  @Test
  void refusesABlockThatDoesNotExtendTheHead() {
    final Block head = importBlocks(2);
    final SyntheticChain.Executed stale = SyntheticChain.next(archive,
        chain.headerByNumber(1).orElseThrow());
    assertThat(committer.commit(stale.block(), stale.receipts(), stale.changes()).reason())
        .contains(BlockCommitter.Rejection.NOT_A_CHILD_OF_HEAD);
    assertThat(chain.headHash()).contains(head.hash());
  }

  @Test
  void keepsTheCertificateCommittedWithABlockAndNothingWhenTheBlockIsRefused() {
    final Block head = importBlocks(1);
    final SyntheticChain.Executed next = SyntheticChain.next(archive, head.header());
    final CommitCertificate certificate = new CommitCertificate(next.block().hash(), 2, List.of());
    assertThat(committer.commit(next.block(), next.receipts(), next.changes(), Optional.of(certificate)).isValid())
        .isTrue();
    assertThat(chain.certificate(next.block().hash())).contains(certificate);

    final SyntheticChain.Executed after = SyntheticChain.next(archive, next.block().header());
    final Block forged = new Block(after.block().header().toBuilder().stateRoot(Hash.ZERO).build(),
        after.block().body());
    committer.commit(forged, after.receipts(), after.changes(),
        Optional.of(new CommitCertificate(forged.hash(), 0, List.of())));
    assertThat(chain.certificate(forged.hash())).isEmpty();
  }
}
