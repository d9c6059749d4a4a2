package io.tributary.state.trie;

import io.tributary.core.types.Hash;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.Segment;
import io.tributary.state.storage.StorageTransaction;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/** Trie nodes kept by hash in a storage segment. Nodes are content-addressed, so writing one twice is harmless. */
public final class StoredTrieNodes {
  public static final Segment SEGMENT = new Segment("trie_nodes");

  private StoredTrieNodes() {}

  /** Reads committed nodes. */
  public static MerkleTrie.TrieNodeStore reader(final KeyValueStorage storage) {
    return hash -> storage.get(SEGMENT, hash);
  }

  /** Reads nodes including those written earlier in {@code tx}. */
  public static MerkleTrie.TrieNodeStore reader(final StorageTransaction tx) {
    return hash -> tx.get(SEGMENT, hash);
  }

  /** Writes nodes into {@code tx}, to become visible when it commits. */
  public static MerkleTrie.TrieNodeSink writer(final StorageTransaction tx) {
    return (Hash hash, Bytes node) -> tx.put(SEGMENT, hash, node);
  }

  /** Convenience for lookups that may miss. */
  public static Optional<Bytes> get(final KeyValueStorage storage, final Hash hash) {
    return storage.get(SEGMENT, hash);
  }
}
