package io.tributary.p2p.wire;

import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import org.apache.tuweni.bytes.Bytes;

/**
 * A message of the session: one type byte then an RLP payload (see p2p/PROTOCOL.md). Types 0x00-0x0f are the
 * session's own; 0x10-0xff carry what later protocols (gossip, sync, consensus) define, passed on as {@link App}.
 */
public sealed interface Message {
  int DISCONNECT = 0x00;
  int PING = 0x01;
  int PONG = 0x02;
  int STATUS = 0x03;
  /** The first type free for application protocols. */
  int FIRST_APP_TYPE = 0x10;

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

  /** Sent by both sides first thing after the handshake. */
  record Status(ChainStatus status) implements Message {
    @Override
    public int type() {
      return STATUS;
    }
  }

  /**
   * An application message: its payload is one well-formed RLP item, checked on receipt, whose meaning the
   * application decides.
   */
  record App(int type, Bytes payload) implements Message {
    public App {
      if (type < FIRST_APP_TYPE || type > 0xff) {
        throw new IllegalArgumentException("application message types are 0x10-0xff, not " + type);
      }
    }
  }
}
