package io.tributary.p2p.wire;

import io.tributary.core.encoding.DecodingException;
import io.tributary.core.rlp.Rlp;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.P2pProtocolException;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * Messages to and from frame plaintexts: {@code type(1) || rlp(payload)}. Decoding is strict and throws nothing but a
 * {@link P2pProtocolException} with BAD_MESSAGE.
 */
public final class MessageCodec {
  private static final Bytes EMPTY_LIST = Bytes.of(0xc0);

  private MessageCodec() {}

  public static byte[] encode(final Message message) {
    final Bytes payload;
    if (message instanceof Message.Disconnect d) {
      payload = RLP.encodeList(w -> w.writeInt(d.reason().code()));
    } else if (message instanceof Message.Status s) {
      final ChainStatus status = s.status();
      payload = RLP.encodeList(w -> {
        w.writeInt(status.protocolVersion());
        w.writeLong(status.chainId());
        w.writeValue(status.genesisHash());
        w.writeLong(status.headNumber());
        w.writeValue(status.headHash());
      });
    } else if (message instanceof Message.App a) {
      payload = a.payload();
    } else {
      payload = EMPTY_LIST; // Ping, Pong
    }
    return Bytes.concatenate(Bytes.of(message.type()), payload).toArray();
  }

  /** Decodes one frame plaintext; a malformed one is a {@link P2pProtocolException} with BAD_MESSAGE. */
  public static Message decode(final byte[] plaintext) {
    if (plaintext.length == 0) {
      throw bad("empty message");
    }
    final int type = plaintext[0] & 0xff;
    // Tuweni refuses to wrap an empty range at the end of an array.
    final Bytes payload = plaintext.length == 1 ? Bytes.EMPTY : Bytes.wrap(plaintext, 1, plaintext.length - 1);
    try {
      return switch (type) {
        case Message.DISCONNECT -> new Message.Disconnect(Rlp.decodeList(payload, "disconnect",
            in -> DisconnectReason.fromCode(in.readSmallInt("reason")).orElse(DisconnectReason.UNKNOWN)));
        case Message.PING -> {
          emptyList(payload, "ping");
          yield new Message.Ping();
        }
        case Message.PONG -> {
          emptyList(payload, "pong");
          yield new Message.Pong();
        }
        case Message.STATUS -> new Message.Status(Rlp.decodeList(payload, "status", in -> new ChainStatus(
            in.readSmallInt("protocolVersion"), nonNegative(in.readUInt64("chainId"), "chainId"),
            in.readHash("genesisHash"), nonNegative(in.readUInt64("headNumber"), "headNumber"),
            in.readHash("headHash"))));
        default -> {
          if (type < Message.FIRST_APP_TYPE) {
            throw bad("unknown session message type 0x" + Integer.toHexString(type));
          }
          Rlp.decodeItem(payload);
          yield new Message.App(type, payload.copy());
        }
      };
    } catch (DecodingException e) {
      throw new P2pProtocolException(DisconnectReason.BAD_MESSAGE,
          "message 0x" + Integer.toHexString(type) + ": " + e.getMessage(), e);
    }
  }

  private static void emptyList(final Bytes payload, final String what) {
    if (!payload.equals(EMPTY_LIST)) {
      throw bad(what + " carries an empty list");
    }
  }

  private static long nonNegative(final long value, final String field) {
    if (value < 0) {
      throw bad(field + " above 2^63 - 1");
    }
    return value;
  }

  private static P2pProtocolException bad(final String message) {
    return new P2pProtocolException(DisconnectReason.BAD_MESSAGE, message);
  }
}
