package io.tributary.p2p.wire;

import io.tributary.core.types.Hash;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.MessageTypes;
import io.tributary.p2p.RequestError;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * A message of the session: one type byte then an RLP payload (see p2p/PROTOCOL.md). Types 0x00-0x0f are the
 * session's own; 0x10-0xff carry what the application defines, passed on as {@link App}.
 */
public sealed interface Message {
  int DISCONNECT = 0x00;
  int PING = 0x01;
  int PONG = 0x02;
  int STATUS = 0x03;
  int NEW_HEAD = 0x04;
  int GET_PEERS = 0x05;
  int PEERS = 0x06;
  int REQUEST = 0x07;
  int RESPONSE = 0x08;
  int ERROR_RESPONSE = 0x09;
  /** The first type free for application protocols. */
  int FIRST_APP_TYPE = MessageTypes.FIRST_APPLICATION;
  /** The most entries a Peers message may list. */
  int MAX_PEERS_PER_MESSAGE = 16;
  /** The longest error text (bytes of UTF-8) an ErrorResponse may carry. */
  int MAX_ERROR_MESSAGE = 256;

  int type();

  /** The sender is closing the connection, for this reason. */
  record Disconnect(DisconnectReason reason) implements Message {
    @Override
    public int type() {
      return DISCONNECT;
    }
  }

  /** Keep-alive; the peer answers with {@link Pong}. */
  record Ping() implements Message {
    @Override
    public int type() {
      return PING;
    }
  }

  record Pong() implements Message {
    @Override
    public int type() {
      return PONG;
    }
  }

  /**
   * Sent by both sides first thing after the handshake.
   *
   * @param listenPort the TCP port the sender accepts connections on (its IP is the one the receiver sees), 0 if none
   */
  record Status(ChainStatus status, int listenPort) implements Message {
    public Status {
      if (listenPort < 0 || listenPort > 65535) {
        throw new IllegalArgumentException("listen port must be 0-65535, not " + listenPort);
      }
    }

    @Override
    public int type() {
      return STATUS;
    }
  }

  /** The sender's head changed. */
  record NewHead(long number, Hash hash) implements Message {
    public NewHead {
      if (number < 0) {
        throw new IllegalArgumentException("head number is non-negative");
      }
    }

    @Override
    public int type() {
      return NEW_HEAD;
    }
  }

  /** Asks for the enodes of the receiver's peers; answered with {@link Peers}. */
  record GetPeers() implements Message {
    @Override
    public int type() {
      return GET_PEERS;
    }
  }

  /** At most {@link #MAX_PEERS_PER_MESSAGE} enodes, each with an IP address (not a name). */
  record Peers(List<EnodeUrl> peers) implements Message {
    public Peers {
      peers = List.copyOf(peers);
      if (peers.size() > MAX_PEERS_PER_MESSAGE) {
        throw new IllegalArgumentException("at most " + MAX_PEERS_PER_MESSAGE + " peers per message");
      }
    }

    @Override
    public int type() {
      return PEERS;
    }
  }

  /** Asks the receiver's handler of {@code requestType} for a response to {@code payload} (one RLP item). */
  record Request(long id, int requestType, Bytes payload) implements Message {
    public Request {
      MessageTypes.requireApplication(requestType);
    }

    @Override
    public int type() {
      return REQUEST;
    }
  }

  /** The answer to request {@code id}: one RLP item. */
  record Response(long id, Bytes payload) implements Message {
    @Override
    public int type() {
      return RESPONSE;
    }
  }

  /** Request {@code id} failed; {@code error} is one of the wire {@link RequestError}s (or UNKNOWN). */
  record ErrorResponse(long id, RequestError error, String message) implements Message {
    public ErrorResponse {
      if (!error.onWire() && error != RequestError.UNKNOWN) {
        throw new IllegalArgumentException(error + " is decided locally and never sent");
      }
      if (message.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_ERROR_MESSAGE) {
        message = message.substring(0, Math.min(message.length(), MAX_ERROR_MESSAGE / 3));
      }
    }

    @Override
    public int type() {
      return ERROR_RESPONSE;
    }
  }

  /**
   * An application message: its payload is one well-formed RLP item, checked on receipt, whose meaning the
   * application decides.
   */
  record App(int type, Bytes payload) implements Message {
    public App {
      MessageTypes.requireApplication(type);
    }
  }
}
