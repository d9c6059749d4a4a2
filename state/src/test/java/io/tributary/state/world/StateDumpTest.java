package io.tributary.state.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A past state is listed through its tries with every hashed key turned back by the preimages each commit records, the
 * head state through the flat index; either listing, applied to an empty state, rebuilds the same root.
 */
class StateDumpTest {
  private static final Address CONTRACT = Address.of(0xC0DE);

  private final KeyValueStorage storage = new InMemoryKeyValueStorage();
  private final WorldStateArchive archive = new WorldStateArchive(storage);
  private final StateDump dump = new StateDump(storage, archive);
  private final Random random = new Random(7);
  private Hash first;
  private Hash second;

  @BeforeEach
  void commitTwoStates() {
    final WorldUpdater genesis = archive.updater(Hash.EMPTY_TRIE_HASH);
    for (int i = 1; i <= 300; i++) {
      final Address a = Address.of(i * 7919L);
      genesis.setBalance(a, Wei.of(random.nextInt(1_000_000) + 1));
      genesis.setNonce(a, random.nextInt(5));
      if (i % 30 == 0) {
        genesis.setCode(a, Bytes.of(0x60, i / 30, 0x60, 0x00, 0x55));
        for (int s = 0; s < 40; s++) {
          genesis.setStorage(a, UInt256.valueOf(random.nextInt(1 << 20)), UInt256.valueOf(random.nextLong() >>> 1));
        }
      }
    }
    genesis.setCode(CONTRACT, Bytes.of(0xfe));
    genesis.setStorage(CONTRACT, UInt256.ONE, UInt256.valueOf(7));
    genesis.setStorage(CONTRACT, UInt256.MAX_VALUE, UInt256.valueOf(9));
    first = commit(genesis);
    final WorldUpdater next = archive.updater(first);
    next.setStorage(CONTRACT, UInt256.ONE, UInt256.ZERO);
    next.setStorage(CONTRACT, UInt256.valueOf(2), UInt256.valueOf(3));
    next.setBalance(Address.of(0xB0B), Wei.of(5));
    second = commit(next);
  }

  private Hash commit(final WorldUpdater updater) {
    try (StorageTransaction tx = storage.startTransaction()) {
      final Hash root = archive.commit(updater, tx);
      tx.commit();
      return root;
    }
  }

  /** The listing as address -> [account, slot=value...], in the order it came. */
  private Map<Address, List<String>> list(final Hash root) {
    final Map<Address, List<String>> accounts = new LinkedHashMap<>();
    final Address[] current = new Address[1];
    dump.forEach(root, new StateDump.Visitor() {
      @Override
      public void account(final Address address, final Account account, final Bytes code) {
        current[0] = address;
        accounts.put(address, new ArrayList<>(List.of(account.nonce() + "/" + account.balance() + "/" + code)));
      }

      @Override
      public void slot(final UInt256 slot, final UInt256 value) {
        accounts.get(current[0]).add(slot.toShortHexString() + "=" + value.toShortHexString());
      }
    });
    return accounts;
  }

  /** Applies a listing to an empty state, as a genesis alloc does, and returns the root. */
  private Hash rebuild(final Hash root) {
    final WorldStateArchive fresh = new WorldStateArchive(new InMemoryKeyValueStorage());
    final WorldUpdater updater = fresh.updater(Hash.EMPTY_TRIE_HASH);
    dump.forEach(root, new StateDump.Visitor() {
      private Address current;

      @Override
      public void account(final Address address, final Account account, final Bytes code) {
        current = address;
        updater.getOrCreate(address);
        updater.setBalance(address, account.balance());
        updater.setNonce(address, account.nonce());
        if (!code.isEmpty()) {
          updater.setCode(address, code);
        }
      }

      @Override
      public void slot(final UInt256 slot, final UInt256 value) {
        updater.setStorage(current, slot, value);
      }
    });
    return fresh.rootAfter(updater);
  }

  @Test
  void aPastStateIsListedThroughItsTriesAndRebuildsTheSameRoot() {
    assertThat(dump.readsFlatIndex(first)).isFalse();
    final Map<Address, List<String>> listed = list(first);
    assertThat(listed).hasSize(301);
    assertThat(listed.get(CONTRACT)).containsExactlyInAnyOrder("0/" + Wei.ZERO + "/0xfe", "0x1=0x7",
        UInt256.MAX_VALUE.toShortHexString() + "=0x9");
    assertThat(listed).doesNotContainKey(Address.of(0xB0B));
    final List<Bytes> hashed = listed.keySet().stream().map(a -> (Bytes) Keccak256.hash(a)).toList();
    assertThat(hashed).isSortedAccordingTo((a, b) -> Arrays.compareUnsigned(a.toArrayUnsafe(), b.toArrayUnsafe()));
    assertThat(rebuild(first)).isEqualTo(first);
  }

  @Test
  void theHeadStateIsListedFromTheFlatIndexInAddressOrderAndRebuildsTheSameRoot() {
    assertThat(dump.readsFlatIndex(second)).isTrue();
    final Map<Address, List<String>> listed = list(second);
    assertThat(listed).hasSize(302);
    assertThat(listed.get(CONTRACT)).containsExactly("0/" + Wei.ZERO + "/0xfe", "0x2=0x3",
        UInt256.MAX_VALUE.toShortHexString() + "=0x9");
    assertThat(List.copyOf(listed.keySet())).isSortedAccordingTo(
        (a, b) -> Arrays.compareUnsigned(a.toArrayUnsafe(), b.toArrayUnsafe()));
    assertThat(rebuild(second)).isEqualTo(second);
  }

  @Test
  void aStateWhoseKeysHaveNoPreimagesIsRefusedWithTheWayOut() {
    try (StorageTransaction tx = storage.startTransaction()) {
      storage.forEachFrom(StateSegments.PREIMAGES, Bytes.EMPTY, (key, value) -> {
        tx.remove(StateSegments.PREIMAGES, key);
        return true;
      });
      tx.commit();
    }
    assertThatThrownBy(() -> list(first)).isInstanceOf(StateDump.MissingPreimageException.class)
        .hasMessageContaining("predates preimage recording").hasMessageContaining("export at the head");
    assertThat(list(second)).hasSize(302); // the flat index needs none
  }

  @Test
  void aStateNotRetainedIsRefusedAsPruned() {
    assertThatThrownBy(() -> list(Hash.wrap(Keccak256.hash(Bytes.of(1))))).isInstanceOf(StatePrunedException.class);
  }
}
