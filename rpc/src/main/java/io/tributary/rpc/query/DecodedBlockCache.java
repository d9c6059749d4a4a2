package io.tributary.rpc.query;

import io.tributary.core.block.Block;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.types.Hash;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The most recently read blocks and receipt lists, decoded. A client that fetches every receipt of a block (explorers,
 * load tools, ethers' wait()) would otherwise decode the whole block once per transaction. Entries are keyed by block
 * hash, and what a hash names never changes, so nothing is ever stale.
 */
final class DecodedBlockCache {
  private final Map<Hash, Block> blocks;
  private final Map<Hash, List<TransactionReceipt>> receipts;

  DecodedBlockCache(final int capacity) {
    this.blocks = lru(capacity);
    this.receipts = lru(capacity);
  }

  Optional<Block> block(final Hash hash, final Function<Hash, Optional<Block>> load) {
    synchronized (blocks) {
      final Block cached = blocks.get(hash);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    final Optional<Block> loaded = load.apply(hash);
    loaded.ifPresent(block -> {
      synchronized (blocks) {
        blocks.put(hash, block);
      }
    });
    return loaded;
  }

  Optional<List<TransactionReceipt>> receipts(final Hash hash,
      final Function<Hash, Optional<List<TransactionReceipt>>> load) {
    synchronized (receipts) {
      final List<TransactionReceipt> cached = receipts.get(hash);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    final Optional<List<TransactionReceipt>> loaded = load.apply(hash).map(List::copyOf);
    loaded.ifPresent(list -> {
      synchronized (receipts) {
        receipts.put(hash, list);
      }
    });
    return loaded;
  }

  private static <V> Map<Hash, V> lru(final int capacity) {
    return new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(final Map.Entry<Hash, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
