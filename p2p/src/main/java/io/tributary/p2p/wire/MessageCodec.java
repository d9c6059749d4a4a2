package io.tributary.p2p.wire;

import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpInput;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.MessageTypes;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.P2pProtocolException;
import io.tributary.p2p.RequestError;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        w.writeInt(s.listenPort());
      });
    } else if (message instanceof Message.NewHead h) {
      payload = RLP.encodeList(w -> {
        w.writeLong(h.number());
        w.writeValue(h.hash());
      });
    } else if (message instanceof Message.Peers p) {
      payload = RLP.encodeList(w -> {
        for (final EnodeUrl enode : p.peers()) {
          w.writeList(e -> {
            e.writeValue(enode.nodeId().publicKey());
            e.writeValue(Bytes.wrap(ipBytes(enode)));
            e.writeInt(enode.port());
          });
        }
      });
    } else if (message instanceof Message.Request r) {
      payload = RLP.encodeList(w -> {
        writeUnsigned(w, r.id());
        w.writeInt(r.requestType());
        w.writeValue(r.payload());
      });
    } else if (message instanceof Message.Response r) {
      payload = RLP.encodeList(w -> {
        writeUnsigned(w, r.id());
        w.writeValue(r.payload());
      });
    } else if (message instanceof Message.ErrorResponse e) {
      payload = RLP.encodeList(w -> {
        writeUnsigned(w, e.id());
        w.writeInt(e.error().code());
        w.writeValue(Bytes.wrap(e.message().getBytes(StandardCharsets.UTF_8)));
      });
    } else if (message instanceof Message.App a) {
      payload = a.payload();
    } else {
      payload = EMPTY_LIST; // Ping, Pong, GetPeers
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
        case Message.STATUS -> Rlp.decodeList(payload, "status", in -> new Message.Status(new ChainStatus(
            in.readSmallInt("protocolVersion"), nonNegative(in.readUInt64("chainId"), "chainId"),
            in.readHash("genesisHash"), nonNegative(in.readUInt64("headNumber"), "headNumber"),
            in.readHash("headHash")), port(in.readSmallInt("listenPort"), true)));
        case Message.NEW_HEAD -> Rlp.decodeList(payload, "newHead", in -> new Message.NewHead(
            nonNegative(in.readUInt64("number"), "number"), in.readHash("hash")));
        case Message.GET_PEERS -> {
          emptyList(payload, "getPeers");
          yield new Message.GetPeers();
        }
        case Message.PEERS -> new Message.Peers(Rlp.decodeList(payload, "peers", MessageCodec::readPeers));
        case Message.REQUEST -> Rlp.decodeList(payload, "request", in -> {
          final long id = in.readUInt64("id");
          final int requestType = in.readSmallInt("requestType");
          if (!MessageTypes.isApplication(requestType)) {
            throw bad("request type 0x" + Integer.toHexString(requestType) + " is not an application type");
          }
          return new Message.Request(id, requestType, rlpItem(in.readBytes("payload")));
        });
        case Message.RESPONSE -> Rlp.decodeList(payload, "response",
            in -> new Message.Response(in.readUInt64("id"), rlpItem(in.readBytes("payload"))));
        case Message.ERROR_RESPONSE -> Rlp.decodeList(payload, "errorResponse", in -> {
          final long id = in.readUInt64("id");
          final RequestError error = RequestError.fromCode(in.readSmallInt("error")).orElse(RequestError.UNKNOWN);
          final Bytes text = in.readBytes("message");
          if (text.size() > Message.MAX_ERROR_MESSAGE) {
            throw bad("error message of " + text.size() + " bytes, at most " + Message.MAX_ERROR_MESSAGE);
          }
          return new Message.ErrorResponse(id, error, new String(text.toArrayUnsafe(), StandardCharsets.UTF_8));
        });
        default -> {
          if (type < Message.FIRST_APP_TYPE) {
            throw bad("unknown session message type 0x" + Integer.toHexString(type));
          }
          yield new Message.App(type, rlpItem(payload));
        }
      };
    } catch (DecodingException e) {
      throw new P2pProtocolException(DisconnectReason.BAD_MESSAGE,
          "message 0x" + Integer.toHexString(type) + ": " + e.getMessage(), e);
    }
  }

  /** A request id is an unsigned 64-bit counter; held in a long, it may look negative. */
  private static void writeUnsigned(final org.apache.tuweni.rlp.RLPWriter w, final long value) {
    w.writeValue(Bytes.ofUnsignedLong(value).trimLeadingZeros());
  }

  private static List<EnodeUrl> readPeers(final RlpInput in) {
    final java.util.ArrayList<EnodeUrl> peers = new java.util.ArrayList<>();
    while (!in.isEndOfList()) {
      if (peers.size() == Message.MAX_PEERS_PER_MESSAGE) {
        throw bad("more than " + Message.MAX_PEERS_PER_MESSAGE + " peers");
      }
      peers.add(in.readList("peer", p -> {
        final NodeId id = new NodeId(p.readFixed("nodeId", NodeId.SIZE));
        final Bytes ip = p.readBytes("ip");
        if (ip.size() != 4 && ip.size() != 16) {
          throw p.error(DecodingError.WRONG_FIELD_SIZE, "ip", "4 or 16 bytes, got " + ip.size());
        }
        final InetAddress address;
        try {
          address = InetAddress.getByAddress(ip.toArrayUnsafe());
        } catch (UnknownHostException e) {
          throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
        if (address.getAddress().length != ip.size()) {
          // Java reads ::ffff:a.b.c.d as the IPv4 address, sent back in 4 bytes: one address, one encoding.
          throw p.error(DecodingError.WRONG_FIELD_SIZE, "ip", "an IPv4 address is 4 bytes, not IPv4-mapped IPv6");
        }
        return new EnodeUrl(id, address.getHostAddress(), port(p.readSmallInt("port"), false));
      }));
    }
    return peers;
  }

  private static byte[] ipBytes(final EnodeUrl enode) {
    try {
      // Only IP literals go into Peers messages; getByName does not resolve a literal.
      if (!isIpLiteral(enode.host())) {
        throw new IllegalArgumentException("a Peers entry needs an IP address, not " + enode.host());
      }
      return InetAddress.getByName(enode.host()).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: " + enode.host(), e);
    }
  }

  /** True for IPv4 dotted quads and IPv6 literals, which need no name lookup. */
  public static boolean isIpLiteral(final String host) {
    if (host.indexOf(':') >= 0) {
      return true;
    }
    final String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (final String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** Fails unless {@code payload} is exactly one well-formed RLP item. */
  private static Bytes rlpItem(final Bytes payload) {
    Rlp.decodeItem(payload);
    return payload.copy();
  }

  private static int port(final int port, final boolean zeroAllowed) {
    if (port > 65535 || (port == 0 && !zeroAllowed)) {
      throw bad("port " + port + " out of range");
    }
    return port;
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
