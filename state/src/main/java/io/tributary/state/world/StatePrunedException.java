package io.tributary.state.world;

import io.tributary.core.types.Hash;

/**
 * The state asked for is not in this node's storage: it fell out of the retained history and was pruned, or it was
 * never committed here. The message says which blocks' states the node keeps.
 */
public final class StatePrunedException extends RuntimeException {
  private final Hash root;

  public StatePrunedException(final Hash root, final String message) {
    super(message);
    this.root = root;
  }

  /** The state root that could not be read. */
  public Hash root() {
    return root;
  }
}
