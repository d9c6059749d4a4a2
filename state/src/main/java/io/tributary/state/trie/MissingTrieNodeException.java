package io.tributary.state.trie;

import io.tributary.core.types.Hash;

/** A node the walk needs is not in the store: state outside the retained history, or an incomplete proof. */
public final class MissingTrieNodeException extends RuntimeException {
  private final Hash node;

  public MissingTrieNodeException(final Hash node) {
    super("trie node " + node.toHexString() + " is not available");
    this.node = node;
  }

  public Hash node() {
    return node;
  }
}
