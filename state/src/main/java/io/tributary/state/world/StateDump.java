package io.tributary.state.world;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.trie.MerkleTrie;
import io.tributary.state.trie.MissingTrieNodeException;
import io.tributary.state.trie.StoredTrieNodes;
import io.tributary.state.trie.TrieLeaves;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Lists a whole world state, account by account with each account's code and storage, streaming (one account's trie
 * path in memory at a time), for an export. The head state is read from the flat index, in ascending address order;
 * any other retained state is walked through its tries, in ascending keccak256(address) order, and every hashed key is
 * turned back into its address or slot through the {@link StateSegments#PREIMAGES} segment.
 */
public final class StateDump {
  /**
   * Receives the state: {@link #account}, then that account's non-zero slots (ascending slots from the flat index,
   * ascending keccak256(slot) from the tries).
   */
  public interface Visitor {
    void account(Address address, Account account, Bytes code);

    void slot(UInt256 slot, UInt256 value);
  }

  /** A key of the state's tries has no recorded preimage: the data dir predates preimage recording. */
  public static final class MissingPreimageException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    MissingPreimageException(final String message) {
      super(message);
    }
  }

  private final KeyValueStorage storage;
  private final WorldStateArchive archive;

  public StateDump(final KeyValueStorage storage, final WorldStateArchive archive) {
    this.storage = storage;
    this.archive = archive;
  }

  /** True when {@code root} is the head state, listed from the flat index (no preimages needed). */
  public boolean readsFlatIndex(final Hash root) {
    return archive.flatRoot().map(root::equals).orElse(false);
  }

  /**
   * Lists the state at {@code root}. Throws {@link StatePrunedException} when it is not retained and
   * {@link MissingPreimageException} when a key cannot be turned back into its address or slot.
   */
  public void forEach(final Hash root, final Visitor visitor) {
    if (!archive.isAvailable(root)) {
      throw archive.pruned(root);
    }
    if (readsFlatIndex(root)) {
      flat(visitor);
      return;
    }
    try {
      trie(root, visitor);
    } catch (final MissingTrieNodeException e) {
      throw archive.isAvailable(root) ? e : archive.pruned(root);
    }
  }

  private void flat(final Visitor visitor) {
    storage.forEachFrom(StateSegments.FLAT_ACCOUNTS, Bytes.EMPTY, (key, value) -> {
      final Address address = Address.wrap(key);
      final Account account = Account.decode(value);
      visitor.account(address, account, code(address, account));
      if (!account.storageRoot().equals(Hash.EMPTY_TRIE_HASH)) {
        storage.forEachFrom(StateSegments.FLAT_STORAGE, address, (slotKey, slotValue) -> {
          if (!slotKey.slice(0, Address.SIZE).equals(address)) {
            return false;
          }
          visitor.slot(UInt256.fromBytes(slotKey.slice(Address.SIZE)), UInt256.fromBytes(slotValue));
          return true;
        });
      }
      return true;
    });
  }

  private void trie(final Hash root, final Visitor visitor) {
    final MerkleTrie.TrieNodeStore nodes = StoredTrieNodes.reader(storage);
    TrieLeaves.forEach(root, nodes, (hashedAddress, value) -> {
      final Address address = Address.wrap(preimage(hashedAddress, Address.SIZE, "account"));
      final Account account = Account.decode(value);
      visitor.account(address, account, code(address, account));
      TrieLeaves.forEach(account.storageRoot(), nodes, (hashedSlot, slotValue) -> visitor.slot(
          UInt256.fromBytes(preimage(hashedSlot, 32, "storage slot of " + address.toHexString())),
          TrieWorldState.decodeSlotValue(slotValue)));
    });
  }

  private Bytes preimage(final Bytes hash, final int size, final String what) {
    final Optional<Bytes> key = storage.get(StateSegments.PREIMAGES, hash).filter(k -> k.size() == size);
    return key.orElseThrow(() -> new MissingPreimageException("no preimage recorded for the " + what + " keyed "
        + hash.toHexString() + ": this data dir predates preimage recording; export at the head, which the flat"
        + " index covers, or resync the node to record them"));
  }

  private Bytes code(final Address address, final Account account) {
    if (!account.hasCode()) {
      return Bytes.EMPTY;
    }
    return storage.get(StateSegments.CODE, account.codeHash()).orElseThrow(() -> new IllegalStateException(
        "code " + account.codeHash() + " of " + address + " is missing from storage"));
  }
}
