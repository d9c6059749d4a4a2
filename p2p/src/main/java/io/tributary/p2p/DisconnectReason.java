package io.tributary.p2p;

import java.util.Optional;

/**
 * Why a connection ended. The code travels in the Disconnect message (see p2p/PROTOCOL.md); reasons found before the
 * session is encrypted (a bad handshake) are only known locally, since nothing authenticated can be sent yet.
 */
public enum DisconnectReason {
  REQUESTED(0x00, "disconnect requested"),
  BAD_HANDSHAKE(0x01, "handshake failed (bad signature, wrong node id, unsupported version or malformed)"),
  WRONG_PROTOCOL_VERSION(0x02, "incompatible p2p protocol version"),
  WRONG_CHAIN(0x03, "different chain id"),
  WRONG_GENESIS(0x04, "different genesis block"),
  FRAME_TOO_LARGE(0x05, "frame larger than the receiver accepts"),
  BAD_FRAME(0x06, "frame failed authentication (tampered or out of order)"),
  BAD_MESSAGE(0x07, "malformed message"),
  UNEXPECTED_MESSAGE(0x08, "message not allowed in this state"),
  TOO_MANY_PEERS(0x09, "too many peers"),
  ALREADY_CONNECTED(0x0a, "already connected to this node"),
  SELF_CONNECTION(0x0b, "connected to itself"),
  TIMEOUT(0x0c, "peer silent for too long"),
  MISBEHAVING(0x0d, "peer misbehaving"),
  SHUTTING_DOWN(0x0e, "node shutting down"),
  INTERNAL_ERROR(0x0f, "internal error"),
  BANNED(0x10, "banned for a while after misbehaving"),
  /** Local only: the TCP connection of an encrypted session ended without a Disconnect message. */
  CONNECTION_CLOSED(0xfe, "connection closed without a reason"),
  /** A code this version does not know (a newer peer's reason). */
  UNKNOWN(0xff, "unknown reason");

  private final int code;
  private final String description;

  DisconnectReason(final int code, final String description) {
    this.code = code;
    this.description = description;
  }

  public int code() {
    return code;
  }

  public String description() {
    return description;
  }

  public static Optional<DisconnectReason> fromCode(final int code) {
    for (final DisconnectReason reason : values()) {
      if (reason.code == code) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
