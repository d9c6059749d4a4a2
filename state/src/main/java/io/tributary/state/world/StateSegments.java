package io.tributary.state.world;

import io.tributary.state.storage.Segment;

/** Where world state lives in storage. The names are part of the on-disk format (state/STORAGE.md). */
public final class StateSegments {
  /** codeHash -> code. */
  public static final Segment CODE = new Segment("code");
  /** address -> rlp(account), for the state the flat index is at. */
  public static final Segment FLAT_ACCOUNTS = new Segment("flat_accounts");
  /** address || slot(32) -> trimmed value, for the state the flat index is at. */
  public static final Segment FLAT_STORAGE = new Segment("flat_storage");
  /** "root" -> the state root the flat index describes. */
  public static final Segment FLAT_META = new Segment("flat_meta");
  /** "oldest" -> number (8) of the oldest block whose state a pruning node keeps; absent on an archive node. */
  public static final Segment STATE_HISTORY = new Segment("state_history");
  /**
   * keccak256(key) -> key: the address (20 bytes) or storage slot (32) behind each key of the secure tries, written with
   * the state that first holds it, so that a whole past state can be listed by address and slot (an export).
   */
  public static final Segment PREIMAGES = new Segment("preimages");

  private StateSegments() {}
}
