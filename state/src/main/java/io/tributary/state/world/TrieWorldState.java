package io.tributary.state.world;

import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpItem;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.state.trie.MerkleTrie;
import io.tributary.state.trie.MissingTrieNodeException;
import io.tributary.state.trie.SecureMerklePatriciaTrie;
import java.util.Optional;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.units.bigints.UInt256;

/** World state read through the tries: works at any retained root, costs a node lookup per trie level. */
final class TrieWorldState implements WorldState {
  private final Hash root;
  private final MerkleTrie.TrieNodeStore nodes;
  private final Function<Hash, Optional<Bytes>> codeByHash;
  private final SecureMerklePatriciaTrie accounts;
  private final WorldStateArchive archive;

  TrieWorldState(final Hash root, final MerkleTrie.TrieNodeStore nodes, final Function<Hash, Optional<Bytes>> codeByHash,
      final WorldStateArchive archive) {
    this.root = root;
    this.nodes = nodes;
    this.codeByHash = codeByHash;
    this.accounts = new SecureMerklePatriciaTrie(nodes, root);
    this.archive = archive;
  }

  @Override
  public Hash rootHash() {
    return root;
  }

  @Override
  public Optional<Account> account(final Address address) {
    try {
      return accounts.get(address).map(Account::decode);
    } catch (MissingTrieNodeException e) {
      throw prunedWhileReading(e);
    }
  }

  @Override
  public UInt256 storage(final Address address, final UInt256 slot) {
    final Optional<Account> account = account(address);
    if (account.isEmpty() || account.get().storageRoot().equals(Hash.EMPTY_TRIE_HASH)) {
      return UInt256.ZERO;
    }
    try {
      return new SecureMerklePatriciaTrie(nodes, account.get().storageRoot()).get(slot)
          .map(TrieWorldState::decodeSlotValue).orElse(UInt256.ZERO);
    } catch (MissingTrieNodeException e) {
      throw prunedWhileReading(e);
    }
  }

  /** A pruning pass may delete this state while a reader walks it: say so, rather than report a missing node. */
  private RuntimeException prunedWhileReading(final MissingTrieNodeException e) {
    return archive.isAvailable(root) ? e : archive.pruned(root);
  }

  @Override
  public Bytes code(final Address address) {
    return account(address).filter(Account::hasCode)
        .map(a -> codeByHash.apply(a.codeHash()).orElseThrow(() -> new IllegalStateException(
            "code " + a.codeHash() + " of " + address + " is missing from storage")))
        .orElse(Bytes.EMPTY);
  }

  /** The storage trie holds rlp(value without leading zeros). */
  static Bytes encodeSlotValue(final UInt256 value) {
    return RLP.encodeValue(value.toMinimalBytes());
  }

  static UInt256 decodeSlotValue(final Bytes encoded) {
    final RlpItem item = Rlp.decodeItem(encoded);
    if (!(item instanceof RlpItem.StringItem s) || s.value().size() > 32) {
      throw new IllegalStateException("malformed storage value " + encoded);
    }
    return UInt256.fromBytes(s.value());
  }
}
