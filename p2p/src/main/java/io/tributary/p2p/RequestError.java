package io.tributary.p2p;

import java.util.Optional;

/**
 * Why a request got no response. Codes below 0x80 travel in an ErrorResponse (p2p/PROTOCOL.md); the others are
 * decided locally by the requester.
 */
public enum RequestError {
  UNKNOWN_TYPE(0x00, "the peer serves no such request type"),
  BAD_REQUEST(0x01, "the peer could not read the request"),
  BUSY(0x02, "the peer has too many of our requests in flight"),
  UNAVAILABLE(0x03, "the peer does not have what was asked"),
  INTERNAL_ERROR(0x04, "the peer failed to serve the request"),
  /** Local: no response within the timeout. */
  TIMEOUT(0x80, "no response within the timeout"),
  /** Local: the session ended before the response. */
  DISCONNECTED(0x81, "the peer disconnected"),
  /** Local: no session with that node id. */
  NOT_CONNECTED(0x82, "not connected to the peer"),
  /** Local: this node already has its per-peer maximum of requests in flight to that peer. */
  TOO_MANY_IN_FLIGHT(0x83, "too many requests in flight to the peer"),
  /** A code this version does not know. */
  UNKNOWN(0xff, "unknown error");

  private final int code;
  private final String description;

  RequestError(final int code, final String description) {
    this.code = code;
    this.description = description;
  }

  public int code() {
    return code;
  }

  public String description() {
    return description;
  }

  /** True for codes a peer may send. */
  public boolean onWire() {
    return code < 0x80;
  }

  public static Optional<RequestError> fromCode(final int code) {
    for (final RequestError error : values()) {
      if (error.code == code && error.onWire()) {
        return Optional.of(error);
      }
    }
    return Optional.empty();
  }
}
