package io.tributary.state.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class WorldUpdaterEvmWorldTest {
  private static final Address CONTRACT = Address.of(0xc0de);
  private static final Address EOA = Address.of(0xe0a);
  private static final Bytes CODE = Bytes.of(0x60, 0x00, 0x00);

  private final KeyValueStorage storage = new InMemoryKeyValueStorage();
  private final WorldStateArchive archive = new WorldStateArchive(storage);

  /** A committed state with a contract holding slot 1 = 7, and an account without code. */
  private WorldUpdater committed() {
    final WorldUpdater genesis = archive.updater(Hash.EMPTY_TRIE_HASH);
    genesis.setCode(CONTRACT, CODE);
    genesis.setStorage(CONTRACT, UInt256.ONE, UInt256.valueOf(7));
    genesis.setBalance(EOA, Wei.of(1));
    try (StorageTransaction tx = storage.startTransaction()) {
      final Hash root = archive.commit(genesis, tx);
      tx.commit();
      return archive.updater(root);
    }
  }

  @Test
  void codeHashIsZeroForAMissingAccountAndTheEmptyHashForOneWithoutCode() {
    final WorldUpdaterEvmWorld world = new WorldUpdaterEvmWorld(committed());
    assertThat(world.codeHash(Address.of(0x404))).isEqualTo(Hash.ZERO);
    assertThat(world.codeHash(EOA)).isEqualTo(Hash.EMPTY);
    assertThat(world.codeHash(CONTRACT)).isEqualTo(Keccak256.hash(CODE));
  }

  @Test
  void storageCountsForCollisionsWhetherCommittedOrJustWritten() {
    final WorldUpdaterEvmWorld world = new WorldUpdaterEvmWorld(committed());
    assertThat(world.hasStorage(CONTRACT)).isTrue();
    assertThat(world.hasStorage(EOA)).isFalse();
    world.setStorage(EOA, UInt256.ONE, UInt256.ONE);
    assertThat(world.hasStorage(EOA)).isTrue();
    world.setStorage(EOA, UInt256.ONE, UInt256.ZERO);
    assertThat(world.hasStorage(EOA)).isFalse();
    world.delete(CONTRACT);
    assertThat(world.hasStorage(CONTRACT)).isFalse();
  }

  @Test
  void originalStorageIsTheValueWhenTheTransactionBegan() {
    final WorldUpdater updater = committed();
    final WorldUpdaterEvmWorld world = new WorldUpdaterEvmWorld(updater);
    updater.beginTransaction();
    world.setStorage(CONTRACT, UInt256.ONE, UInt256.valueOf(8));
    world.setStorage(CONTRACT, UInt256.ONE, UInt256.valueOf(9));
    assertThat(world.storage(CONTRACT, UInt256.ONE)).isEqualTo(UInt256.valueOf(9));
    assertThat(world.originalStorage(CONTRACT, UInt256.ONE)).isEqualTo(UInt256.valueOf(7));
  }

  @Test
  void nestedCheckpointsRevertOnlyTheirOwnChanges() {
    final WorldUpdaterEvmWorld world = new WorldUpdaterEvmWorld(committed());
    world.checkpoint();
    world.addBalance(EOA, Wei.of(10));
    world.checkpoint();
    world.createAccount(Address.of(0x99));
    world.setNonce(Address.of(0x99), 1);
    world.revertToCheckpoint();
    world.commitCheckpoint();
    assertThat(world.exists(Address.of(0x99))).isFalse();
    assertThat(world.balance(EOA)).isEqualTo(Wei.of(11));
  }
}
