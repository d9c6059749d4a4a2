package io.tributary.state.trie;

import io.tributary.core.types.Hash;

/** A stored node that does not decode: the store is damaged (or a proof was forged). */
public final class CorruptTrieNodeException extends RuntimeException {
  public CorruptTrieNodeException(final Hash node, final String problem) {
    super("trie node " + node.toHexString() + " is corrupt: " + problem);
  }
}
