package io.tributary.consensus.bft.payload;

import java.util.Optional;

/**
 * The three BFT messages and their type bytes. The type byte is part of the sign bytes and of the wire encoding, so
 * a signature over one kind of message can never be replayed as another.
 */
public enum MessageType {
  /** The round's proposer offers a block (Tendermint PROPOSAL). */
  PROPOSAL(0x01),
  /** A first-phase vote for a block or for nil (Tendermint PREVOTE). */
  PREPARE(0x02),
  /** A second-phase vote carrying the commit seal (Tendermint PRECOMMIT). */
  COMMIT(0x03);

  private final int code;

  MessageType(final int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<MessageType> ofCode(final int code) {
    for (final MessageType type : values()) {
      if (type.code == code) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
