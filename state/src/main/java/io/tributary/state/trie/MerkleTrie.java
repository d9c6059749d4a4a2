package io.tributary.state.trie;

import io.tributary.core.types.Hash;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Ethereum's hexary Merkle Patricia Trie. Nodes are loaded lazily by hash from a {@link TrieNodeStore}; changes stay
 * in memory until {@link #commit(TrieNodeSink)} writes the new nodes. The secure variant keys by keccak256(key).
 */
public interface MerkleTrie {

  Optional<Bytes> get(Bytes key);

  /** Stores {@code value}; an empty value removes the key, as Ethereum does. */
  void put(Bytes key, Bytes value);

  void remove(Bytes key);

  /** Root hash of the current contents (computing hashes of dirty nodes, without persisting them). */
  Hash rootHash();

  /** Writes every node created since the last commit (those of 32 bytes or more, by hash) and returns the root. */
  Hash commit(TrieNodeSink sink);

  /**
   * The nodes from the root to {@code key}'s position (RLP-encoded, root first): an EIP-1186 proof that {@code key}
   * holds its value, or is absent.
   */
  List<Bytes> getProof(Bytes key);

  /** Receives each new node at commit. */
  @FunctionalInterface
  interface TrieNodeSink {
    void put(Hash nodeHash, Bytes encodedNode);
  }

  /** Loads nodes by hash. */
  @FunctionalInterface
  interface TrieNodeStore {
    Optional<Bytes> get(Hash nodeHash);
  }
}
