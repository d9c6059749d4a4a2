package io.tributary.p2p;

import java.time.Duration;

/**
 * Settings of the p2p transport.
 *
 * @param host the address to listen on
 * @param port the TCP port to listen on; 0 picks a free one
 * @param maxPeers the most sessions (inbound and outbound together) held at once
 * @param maxFrameSize the largest frame plaintext (type byte and payload) this node accepts and sends, at most
 *     {@link #PROTOCOL_MAX_FRAME_SIZE}
 * @param idleTimeout a peer silent this long is dropped; an idle session sends a Ping every third of it
 * @param handshakeTimeout the time from TCP connect to a completed status exchange
 * @param ioThreads the Netty worker threads
 */
public record P2pConfig(String host, int port, int maxPeers, int maxFrameSize, Duration idleTimeout,
    Duration handshakeTimeout, int ioThreads) {
  /** No node sends or accepts a frame plaintext above 16 MiB. */
  public static final int PROTOCOL_MAX_FRAME_SIZE = 16 * 1024 * 1024;
  public static final int DEFAULT_PORT = 30303;

  public P2pConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, not " + port);
    }
    if (maxPeers < 1) {
      throw new IllegalArgumentException("maxPeers must be at least 1");
    }
    if (maxFrameSize < 1024 || maxFrameSize > PROTOCOL_MAX_FRAME_SIZE) {
      throw new IllegalArgumentException("maxFrameSize must be 1 KiB to 16 MiB, not " + maxFrameSize);
    }
    if (idleTimeout.toMillis() < 3 || handshakeTimeout.toMillis() < 1 || ioThreads < 1) {
      throw new IllegalArgumentException("timeouts and ioThreads must be positive");
    }
  }

  public static P2pConfig defaults() {
    return new P2pConfig("0.0.0.0", DEFAULT_PORT, 25, PROTOCOL_MAX_FRAME_SIZE, Duration.ofSeconds(30),
        Duration.ofSeconds(10), 2);
  }

  public P2pConfig withHost(final String value) {
    return new P2pConfig(value, port, maxPeers, maxFrameSize, idleTimeout, handshakeTimeout, ioThreads);
  }

  public P2pConfig withPort(final int value) {
    return new P2pConfig(host, value, maxPeers, maxFrameSize, idleTimeout, handshakeTimeout, ioThreads);
  }

  public P2pConfig withMaxPeers(final int value) {
    return new P2pConfig(host, port, value, maxFrameSize, idleTimeout, handshakeTimeout, ioThreads);
  }

  public P2pConfig withMaxFrameSize(final int value) {
    return new P2pConfig(host, port, maxPeers, value, idleTimeout, handshakeTimeout, ioThreads);
  }

  public P2pConfig withIdleTimeout(final Duration value) {
    return new P2pConfig(host, port, maxPeers, maxFrameSize, value, handshakeTimeout, ioThreads);
  }

  public P2pConfig withHandshakeTimeout(final Duration value) {
    return new P2pConfig(host, port, maxPeers, maxFrameSize, idleTimeout, value, ioThreads);
  }
}
