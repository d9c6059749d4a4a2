package io.tributary.rpc.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.chain.BlockCommitter;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.spec.TributaryProtocolSpecs;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.trie.StoredTrieNodes;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.util.List;
import org.junit.jupiter.api.Test;

class GasPriceOracleTest {
  @Test
  void suggestsOneGweiWhileNoBlockHasPricedTransactions() {
    final InMemoryKeyValueStorage storage = new InMemoryKeyValueStorage();
    final WorldStateArchive archive = new WorldStateArchive(storage);
    final ChainStore chain = new ChainStore(storage);
    final WorldUpdater state = archive.updater(Hash.EMPTY_TRIE_HASH);
    state.setBalance(io.tributary.core.types.Address.of(1), Wei.ONE_TRIB);
    final BlockHeader genesis = BlockHeader.builder().number(0).gasLimit(30_000_000).timestamp(0)
        .stateRoot(archive.rootAfter(state)).tributaryCancunFields(Wei.of(1_000_000_000L)).build();
    assertThat(new BlockCommitter(storage, archive, chain).commit(new Block(genesis, BlockBody.of(List.of())),
        List.of(), state).isValid()).isTrue();
    final GasPriceOracle oracle = new GasPriceOracle(new BlockchainQueries(chain, archive,
        StoredTrieNodes.reader(storage), TributaryProtocolSpecs.schedule(7357)));

    assertThat(oracle.suggestedTip()).isEqualTo(GasPriceOracle.DEFAULT_TIP);
    // An empty genesis block lowers the next base fee by 1/8: 0.875 gwei, plus the 1 gwei tip.
    assertThat(oracle.suggestedGasPrice()).isEqualTo(Wei.of(1_875_000_000L));
  }
}
