package io.tributary.state.trie;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Hash;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/** The trie Ethereum uses for accounts and storage: every key is replaced by its keccak256 before use. */
public final class SecureMerklePatriciaTrie implements MerkleTrie {
  private final MerklePatriciaTrie trie;

  public SecureMerklePatriciaTrie(final TrieNodeStore store) {
    this.trie = new MerklePatriciaTrie(store);
  }

  public SecureMerklePatriciaTrie(final TrieNodeStore store, final Hash rootHash) {
    this.trie = new MerklePatriciaTrie(store, rootHash);
  }

  @Override
  public Optional<Bytes> get(final Bytes key) {
    return trie.get(Keccak256.hash(key));
  }

  @Override
  public void put(final Bytes key, final Bytes value) {
    trie.put(Keccak256.hash(key), value);
  }

  @Override
  public void remove(final Bytes key) {
    trie.remove(Keccak256.hash(key));
  }

  @Override
  public Hash rootHash() {
    return trie.rootHash();
  }

  @Override
  public Hash commit(final TrieNodeSink sink) {
    return trie.commit(sink);
  }

  @Override
  public List<Bytes> getProof(final Bytes key) {
    return trie.getProof(Keccak256.hash(key));
  }
}
