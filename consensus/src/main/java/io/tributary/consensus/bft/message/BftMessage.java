package io.tributary.consensus.bft.message;

import io.tributary.consensus.bft.payload.BftPayload;
import io.tributary.consensus.bft.payload.Commit;
import io.tributary.consensus.bft.payload.MessageType;
import io.tributary.consensus.bft.payload.Prepare;
import io.tributary.consensus.bft.payload.Proposal;
import io.tributary.core.crypto.Signature;
import io.tributary.core.types.Address;
import java.util.Objects;
import org.apache.tuweni.bytes.Bytes;

/**
 * A payload signed by a validator, as it travels: its {@link #encoded()} bytes are what is gossiped and written to
 * the WAL, and its {@link #author()} was recovered once, when it was signed or decoded by {@link BftMessageCodec}.
 * Two messages are equal when their encodings are.
 */
public final class BftMessage {
  private final BftPayload payload;
  private final Signature signature;
  private final Address author;
  private final Bytes encoded;

  BftMessage(final BftPayload payload, final Signature signature, final Address author, final Bytes encoded) {
    this.payload = payload;
    this.signature = signature;
    this.author = author;
    this.encoded = encoded;
  }

  public BftPayload payload() {
    return payload;
  }

  public MessageType type() {
    return payload.type();
  }

  public long height() {
    return payload.height();
  }

  public int round() {
    return payload.round();
  }

  public Signature signature() {
    return signature;
  }

  public Address author() {
    return author;
  }

  /** {@code rlp([type, payload, signature])}: the bytes to gossip. */
  public Bytes encoded() {
    return encoded;
  }

  public Proposal asProposal() {
    return (Proposal) payload;
  }

  public Prepare asPrepare() {
    return (Prepare) payload;
  }

  public Commit asCommit() {
    return (Commit) payload;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof BftMessage other && encoded.equals(other.encoded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(encoded);
  }

  @Override
  public String toString() {
    final String what;
    if (payload instanceof Proposal p) {
      what = "block " + p.blockHash().toShortHexString() + (p.validRound() >= 0 ? " vr=" + p.validRound() : "");
    } else if (payload instanceof Prepare p) {
      what = p.isNil() ? "nil" : p.blockHash().toShortHexString();
    } else {
      final Commit c = (Commit) payload;
      what = c.isNil() ? "nil" : c.blockHash().toShortHexString();
    }
    return type() + "(h=" + height() + " r=" + round() + " " + what + " by " + author.toShortHexString() + ")";
  }
}
