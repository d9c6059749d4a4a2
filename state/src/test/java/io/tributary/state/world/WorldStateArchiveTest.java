package io.tributary.state.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class WorldStateArchiveTest {
  /** EIP-4788's beacon roots contract, as in ethereum/tests' Cancun fixtures. */
  static final Address BEACON_ROOTS = Address.fromHexString("0x000f3df6d732807ef1319fb7b8bb8522d0beac02");
  static final Bytes BEACON_ROOTS_CODE = Bytes.fromHexString("0x3373fffffffffffffffffffffffffffffffffffffffe14604d576"
      + "02036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001"
      + "fff42064281555f359062001fff015500");
  static final Address SENDER = Address.fromHexString("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
  static final Address RECEIVER = Address.fromHexString("0x100000000000000000000000000000000000000a");
  static final Address COINBASE = Address.fromHexString("0xba5e000000000000000000000000000000000000");

  private final KeyValueStorage storage = new InMemoryKeyValueStorage();
  private final WorldStateArchive archive = new WorldStateArchive(storage);

  private Hash commit(final WorldUpdater updater) {
    try (StorageTransaction tx = storage.startTransaction()) {
      final Hash root = archive.commit(updater, tx);
      tx.commit();
      return root;
    }
  }

  /** The pre-state of ethereum/tests blockWithAllTransactionTypes_Cancun: its genesis state root is known. */
  private Hash cancunGenesis() {
    final WorldUpdater genesis = archive.updater(Hash.EMPTY_TRIE_HASH);
    genesis.setNonce(BEACON_ROOTS, 1);
    genesis.setCode(BEACON_ROOTS, BEACON_ROOTS_CODE);
    genesis.setStorage(BEACON_ROOTS, UInt256.valueOf(0x03b6), UInt256.valueOf(0x03b6));
    genesis.setBalance(SENDER, Wei.fromHexString("0x01000000000000000000"));
    return commit(genesis);
  }

  @Test
  void computesTheStateRootOfARealCancunGenesis() {
    assertThat(cancunGenesis())
        .isEqualTo(Hash.fromHexString("0x96c7a471e05d95a962c9860f966ebcf96b1e3867321ec408e86ffd3bd50a1c62"));
  }

  @Test
  void computesTheStateRootAfterThatFixturesBlock() {
    final Hash genesis = cancunGenesis();
    // The fixture's post-state: four transfers (values 1, 3, 5, 7) and the beacon root of block 1 stored.
    final WorldUpdater block = archive.updater(genesis);
    block.setStorage(BEACON_ROOTS, UInt256.valueOf(0x079e), UInt256.valueOf(0x079e));
    block.setBalance(RECEIVER, Wei.of(0x10));
    block.setNonce(SENDER, 4);
    block.setBalance(SENDER, Wei.fromHexString("0xfffffffffffb837c20"));
    block.setBalance(COINBASE, Wei.of(0x888150));
    assertThat(commit(block))
        .isEqualTo(Hash.fromHexString("0x11639dcca0b44f2acb5b630a82c8a69cb82742b3711383ec4e111a554d27aea5"));
  }

  @Test
  void readsTheHeadThroughTheFlatIndexAndAgreesWithTheTrie() {
    final Hash root = cancunGenesis();
    assertThat(archive.flatRoot()).contains(root);
    final WorldState flat = archive.at(root);
    final WorldState trie = archive.trieState(root);
    assertThat(flat).isInstanceOf(FlatWorldState.class);
    for (final Address address : new Address[] {BEACON_ROOTS, SENDER, RECEIVER}) {
      assertThat(flat.account(address)).isEqualTo(trie.account(address));
      assertThat(flat.code(address)).isEqualTo(trie.code(address));
    }
    assertThat(flat.storage(BEACON_ROOTS, UInt256.valueOf(0x03b6))).isEqualTo(UInt256.valueOf(0x03b6));
    assertThat(trie.storage(BEACON_ROOTS, UInt256.valueOf(0x03b6))).isEqualTo(UInt256.valueOf(0x03b6));
    assertThat(flat.code(BEACON_ROOTS)).isEqualTo(BEACON_ROOTS_CODE);
  }

  @Test
  void keepsOlderStatesReadableAfterLaterCommits() {
    Hash root = cancunGenesis();
    final Hash first = root;
    for (int i = 1; i <= 130; i++) {
      final WorldUpdater updater = archive.updater(root);
      updater.setBalance(RECEIVER, Wei.of(i));
      updater.setStorage(BEACON_ROOTS, UInt256.valueOf(i), UInt256.valueOf(i));
      root = commit(updater);
    }
    assertThat(archive.at(first).account(RECEIVER)).isEmpty();
    assertThat(archive.at(first).storage(BEACON_ROOTS, UInt256.valueOf(5))).isEqualTo(UInt256.ZERO);
    assertThat(archive.at(root).account(RECEIVER).orElseThrow().balance()).isEqualTo(Wei.of(130));
    assertThat(archive.at(root).storage(BEACON_ROOTS, UInt256.valueOf(5))).isEqualTo(UInt256.valueOf(5));
    assertThat(archive.isAvailable(first)).isTrue();
  }

  @Test
  void deletingAnAccountDropsItsStorageEverywhere() {
    final Hash root = cancunGenesis();
    final WorldUpdater updater = archive.updater(root);
    updater.delete(BEACON_ROOTS);
    final Hash after = commit(updater);
    assertThat(archive.at(after).account(BEACON_ROOTS)).isEmpty();
    assertThat(archive.at(after).storage(BEACON_ROOTS, UInt256.valueOf(0x03b6))).isEqualTo(UInt256.ZERO);
    assertThat(archive.trieState(after).storage(BEACON_ROOTS, UInt256.valueOf(0x03b6))).isEqualTo(UInt256.ZERO);
    final WorldUpdater recreate = archive.updater(after);
    recreate.setNonce(BEACON_ROOTS, 1);
    assertThat(recreate.storage(BEACON_ROOTS, UInt256.valueOf(0x03b6))).isEqualTo(UInt256.ZERO);
  }

  @Test
  void zeroingASlotRemovesItFromTheTrie() {
    final Hash genesis = cancunGenesis();
    final WorldUpdater set = archive.updater(genesis);
    set.setStorage(BEACON_ROOTS, UInt256.valueOf(1), UInt256.valueOf(7));
    final Hash withSlot = commit(set);
    final WorldUpdater unset = archive.updater(withSlot);
    unset.setStorage(BEACON_ROOTS, UInt256.valueOf(1), UInt256.ZERO);
    assertThat(commit(unset)).isEqualTo(genesis);
  }
}
