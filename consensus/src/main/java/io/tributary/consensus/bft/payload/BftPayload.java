package io.tributary.consensus.bft.payload;

import org.apache.tuweni.bytes.Bytes;

/** What a validator signs: one of {@link Proposal}, {@link Prepare}, {@link Commit}, each with a canonical RLP form. */
public sealed interface BftPayload permits Proposal, Prepare, Commit {
  /** The height (block number) being decided. */
  long height();

  /** The round within the height, from 0. */
  int round();

  MessageType type();

  /** The canonical RLP list of this payload's fields. */
  Bytes encoded();

  /** Decodes the payload of {@code type} strictly; malformed input is a DecodingException. */
  static BftPayload decode(final MessageType type, final Bytes encoded) {
    switch (type) {
      case PROPOSAL:
        return Proposal.decode(encoded);
      case PREPARE:
        return Prepare.decode(encoded);
      case COMMIT:
        return Commit.decode(encoded);
      default:
        throw new IllegalStateException("unknown type " + type);
    }
  }

  /** Shared range checks, so every payload refuses the same impossible values. */
  static void checkHeightAndRound(final long height, final int round) {
    if (height < 0) {
      throw new IllegalArgumentException("height must be below 2^63, got " + Long.toUnsignedString(height));
    }
    if (round < 0) {
      throw new IllegalArgumentException("round is non-negative, got " + round);
    }
  }
}
