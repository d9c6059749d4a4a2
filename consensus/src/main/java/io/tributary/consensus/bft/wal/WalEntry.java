package io.tributary.consensus.bft.wal;

import org.apache.tuweni.bytes.Bytes;

/**
 * One write-ahead log record: a {@link Kind}, the height it belongs to (pruning drops heights at or below the
 * committed head) and its data.
 */
public record WalEntry(Kind kind, long height, Bytes data) {
  public enum Kind {
    /** A message this validator signed (its encoded form); written before it is sent. */
    OWN_MESSAGE(1),
    /**
     * A proposal (encoded signed message) whose block this validator prepared, locked or took as valid value, so a
     * restarted validator still has the block to re-propose.
     */
    PROPOSAL(2),
    /** {@code rlp([round, blockHash])}: the valid value (Tendermint validValue/validRound) changed. */
    VALID_VALUE(3);

    private final int code;

    Kind(final int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }

    public static Kind ofCode(final int code) {
      for (final Kind kind : values()) {
        if (kind.code == code) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unknown WAL entry kind " + code);
    }
  }

  public WalEntry {
    if (height < 0) {
      throw new IllegalArgumentException("height is non-negative");
    }
  }
}
