package io.tributary.state.trie;

import io.tributary.core.types.Hash;
import io.tributary.state.storage.KeyValueStorage;
import io.tributary.state.storage.StorageTransaction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * A bounded least-recently-used cache of committed trie nodes by hash. The upper levels of the state trie are read
 * for every account a block touches; caching them saves a storage read each time. Only nodes read from committed
 * storage enter the cache, so it never holds a node a rolled-back transaction wrote (content addressing makes any
 * cached node correct for its hash).
 */
public final class TrieNodeCache {
  private final Map<Hash, Bytes> nodes;

  public TrieNodeCache(final int maxNodes) {
    this.nodes = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(final Map.Entry<Hash, Bytes> eldest) {
        return size() > maxNodes;
      }
    };
  }

  /** Reads committed nodes through the cache. */
  public MerkleTrie.TrieNodeStore reader(final KeyValueStorage storage) {
    return hash -> cached(hash).or(() -> load(storage, hash));
  }

  /** Reads through the cache, then committed storage, then the nodes {@code tx} has written but not committed. */
  public MerkleTrie.TrieNodeStore reader(final KeyValueStorage storage, final StorageTransaction tx) {
    return hash -> cached(hash).or(() -> load(storage, hash)).or(() -> tx.get(StoredTrieNodes.SEGMENT, hash));
  }

  private Optional<Bytes> cached(final Hash hash) {
    synchronized (nodes) {
      return Optional.ofNullable(nodes.get(hash));
    }
  }

  private Optional<Bytes> load(final KeyValueStorage storage, final Hash hash) {
    final Optional<Bytes> node = storage.get(StoredTrieNodes.SEGMENT, hash);
    node.ifPresent(bytes -> {
      synchronized (nodes) {
        nodes.put(hash, bytes);
      }
    });
    return node;
  }

  public int size() {
    synchronized (nodes) {
      return nodes.size();
    }
  }
}
