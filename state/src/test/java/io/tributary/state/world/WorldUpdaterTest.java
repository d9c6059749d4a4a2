package io.tributary.state.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class WorldUpdaterTest {
  private static final Address ALICE = Address.of(0xA11CE);
  private static final Address BOB = Address.of(0xB0B);
  private final WorldUpdater updater = new WorldStateArchive(new InMemoryKeyValueStorage()).updater(Hash.EMPTY_TRIE_HASH);

  @Test
  void revertsEverythingSinceTheInnermostCheckpoint() {
    updater.setBalance(ALICE, Wei.of(100));
    updater.checkpoint();
    updater.setBalance(ALICE, Wei.of(50));
    updater.setBalance(BOB, Wei.of(50));
    updater.setStorage(BOB, UInt256.ONE, UInt256.valueOf(9));
    updater.setCode(BOB, Bytes.fromHexString("0x6000"));
    updater.revertToCheckpoint();
    assertThat(updater.balance(ALICE)).isEqualTo(Wei.of(100));
    assertThat(updater.exists(BOB)).isFalse();
    assertThat(updater.storage(BOB, UInt256.ONE)).isEqualTo(UInt256.ZERO);
    assertThat(updater.code(BOB)).isEqualTo(Bytes.EMPTY);
  }

  @Test
  void nestsCheckpointsAndKeepsCommittedInnerScopes() {
    updater.setNonce(ALICE, 1);
    updater.checkpoint();
    updater.setNonce(ALICE, 2);
    updater.checkpoint();
    updater.setNonce(ALICE, 3);
    updater.commitCheckpoint();
    assertThat(updater.nonce(ALICE)).isEqualTo(3);
    updater.revertToCheckpoint();
    assertThat(updater.nonce(ALICE)).isEqualTo(1);
    assertThat(updater.checkpointDepth()).isZero();
  }

  @Test
  void revertsADeletionAndItsStorage() {
    updater.setStorage(ALICE, UInt256.ONE, UInt256.valueOf(5));
    updater.checkpoint();
    updater.delete(ALICE);
    assertThat(updater.exists(ALICE)).isFalse();
    assertThat(updater.storage(ALICE, UInt256.ONE)).isEqualTo(UInt256.ZERO);
    updater.revertToCheckpoint();
    assertThat(updater.exists(ALICE)).isTrue();
    assertThat(updater.storage(ALICE, UInt256.ONE)).isEqualTo(UInt256.valueOf(5));
  }

  @Test
  void remembersTheOriginalValueOfASlotForTheCurrentTransaction() {
    updater.setStorage(ALICE, UInt256.ONE, UInt256.valueOf(5));
    updater.beginTransaction();
    updater.setStorage(ALICE, UInt256.ONE, UInt256.valueOf(6));
    updater.setStorage(ALICE, UInt256.ONE, UInt256.valueOf(7));
    assertThat(updater.originalStorage(ALICE, UInt256.ONE)).isEqualTo(UInt256.valueOf(5));
    assertThat(updater.storage(ALICE, UInt256.ONE)).isEqualTo(UInt256.valueOf(7));
    updater.beginTransaction();
    assertThat(updater.originalStorage(ALICE, UInt256.ONE)).isEqualTo(UInt256.valueOf(7));
  }

  @Test
  void refusesToOverdrawABalance() {
    updater.setBalance(ALICE, Wei.of(1));
    assertThatThrownBy(() -> updater.subtractBalance(ALICE, Wei.of(2))).isInstanceOf(ArithmeticException.class);
    assertThat(updater.balance(ALICE)).isEqualTo(Wei.of(1));
  }

  @Test
  void treatsMissingAccountsAsEmpty() {
    assertThat(updater.isEmpty(ALICE)).isTrue();
    updater.setNonce(ALICE, 1);
    assertThat(updater.isEmpty(ALICE)).isFalse();
  }
}
