package io.tributary.state.world;

import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.state.storage.KeyValueStorage;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/** The head state read from the flat index: one lookup per account or slot instead of a walk down the trie. */
final class FlatWorldState implements WorldState {
  private final Hash root;
  private final KeyValueStorage storage;

  FlatWorldState(final Hash root, final KeyValueStorage storage) {
    this.root = root;
    this.storage = storage;
  }

  @Override
  public Hash rootHash() {
    return root;
  }

  @Override
  public Optional<Account> account(final Address address) {
    return storage.get(StateSegments.FLAT_ACCOUNTS, address).map(Account::decode);
  }

  @Override
  public UInt256 storage(final Address address, final UInt256 slot) {
    return storage.get(StateSegments.FLAT_STORAGE, slotKey(address, slot)).map(UInt256::fromBytes)
        .orElse(UInt256.ZERO);
  }

  @Override
  public Bytes code(final Address address) {
    return account(address).filter(Account::hasCode)
        .flatMap(a -> storage.get(StateSegments.CODE, a.codeHash())).orElse(Bytes.EMPTY);
  }

  static Bytes slotKey(final Address address, final UInt256 slot) {
    return FlatBytes.concat(address, slot);
  }
}
