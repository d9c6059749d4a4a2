package io.tributary.p2p;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Settings of the p2p network. Immutable; {@link #defaults()} then {@link #toBuilder()} (or the {@code withX}
 * shortcuts) to change some. The defaults, and why, are in p2p/README.md.
 */
public final class P2pConfig {
  /** No node sends or accepts a frame plaintext above 16 MiB. */
  public static final int PROTOCOL_MAX_FRAME_SIZE = 16 * 1024 * 1024;
  public static final int DEFAULT_PORT = 30303;

  private final String host;
  private final String advertisedHost;
  private final int port;
  private final int maxPeers;
  private final int maxFrameSize;
  private final Duration idleTimeout;
  private final Duration handshakeTimeout;
  private final int ioThreads;
  private final int maxPendingHandshakes;
  private final List<EnodeUrl> staticPeers;
  private final List<EnodeUrl> bootnodes;
  private final int targetOutboundPeers;
  private final boolean peerExchange;
  private final Duration peerExchangeInterval;
  private final int addressBookSize;
  private final Duration discoveryInterval;
  private final Duration redialMinBackoff;
  private final Duration redialMaxBackoff;
  private final int messageRate;
  private final int messageBurst;
  private final int maxInFlightRequests;
  private final int gossipSeenCacheSize;
  private final int dispatchQueueSize;
  private final int requestThreads;
  private final int banThreshold;
  private final int penaltyDecayPerSecond;
  private final Duration banDuration;
  private final boolean banIps;

  private P2pConfig(final Builder b) {
    this.host = b.host;
    this.advertisedHost = b.advertisedHost;
    this.port = b.port;
    this.maxPeers = b.maxPeers;
    this.maxFrameSize = b.maxFrameSize;
    this.idleTimeout = b.idleTimeout;
    this.handshakeTimeout = b.handshakeTimeout;
    this.ioThreads = b.ioThreads;
    this.maxPendingHandshakes = b.maxPendingHandshakes;
    this.staticPeers = List.copyOf(b.staticPeers);
    this.bootnodes = List.copyOf(b.bootnodes);
    this.targetOutboundPeers = b.targetOutboundPeers;
    this.peerExchange = b.peerExchange;
    this.peerExchangeInterval = b.peerExchangeInterval;
    this.addressBookSize = b.addressBookSize;
    this.discoveryInterval = b.discoveryInterval;
    this.redialMinBackoff = b.redialMinBackoff;
    this.redialMaxBackoff = b.redialMaxBackoff;
    this.messageRate = b.messageRate;
    this.messageBurst = b.messageBurst;
    this.maxInFlightRequests = b.maxInFlightRequests;
    this.gossipSeenCacheSize = b.gossipSeenCacheSize;
    this.dispatchQueueSize = b.dispatchQueueSize;
    this.requestThreads = b.requestThreads;
    this.banThreshold = b.banThreshold;
    this.penaltyDecayPerSecond = b.penaltyDecayPerSecond;
    this.banDuration = b.banDuration;
    this.banIps = b.banIps;
    check(port >= 0 && port <= 65535, "port must be 0-65535, not " + port);
    check(maxPeers >= 1, "maxPeers must be at least 1");
    check(maxFrameSize >= 1024 && maxFrameSize <= PROTOCOL_MAX_FRAME_SIZE,
        "maxFrameSize must be 1 KiB to 16 MiB, not " + maxFrameSize);
    check(idleTimeout.toMillis() >= 3 && handshakeTimeout.toMillis() >= 1 && ioThreads >= 1,
        "timeouts and ioThreads must be positive");
    check(maxPendingHandshakes >= 1, "maxPendingHandshakes must be at least 1");
    check(targetOutboundPeers >= 0 && targetOutboundPeers <= maxPeers,
        "targetOutboundPeers must be 0 to maxPeers (" + maxPeers + "), not " + targetOutboundPeers);
    check(positive(peerExchangeInterval) && positive(discoveryInterval) && positive(redialMinBackoff)
        && redialMaxBackoff.compareTo(redialMinBackoff) >= 0, "discovery intervals must be positive, max >= min");
    check(addressBookSize >= 1, "addressBookSize must be at least 1");
    check(messageRate >= 1 && messageBurst >= 1, "messageRate and messageBurst must be at least 1");
    check(maxInFlightRequests >= 1, "maxInFlightRequests must be at least 1");
    check(gossipSeenCacheSize >= 16 && dispatchQueueSize >= 1 && requestThreads >= 1,
        "gossipSeenCacheSize (>= 16), dispatchQueueSize and requestThreads must be positive");
    check(banThreshold >= 1 && penaltyDecayPerSecond >= 0 && positive(banDuration),
        "banThreshold and banDuration must be positive, penaltyDecayPerSecond non-negative");
  }

  private static boolean positive(final Duration d) {
    return !d.isNegative() && !d.isZero();
  }

  private static void check(final boolean ok, final String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  public static P2pConfig defaults() {
    return new Builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The address to listen on. */
  public String host() {
    return host;
  }

  /**
   * The host other nodes dial to reach this one, as this node's enode URL gives it: set when the listener binds a
   * wildcard or a private address that peers on other machines cannot use; empty to derive it from {@link #host()}.
   */
  public Optional<String> advertisedHost() {
    return Optional.ofNullable(advertisedHost);
  }

  /** The TCP port to listen on; 0 picks a free one. */
  public int port() {
    return port;
  }

  /** The most sessions (inbound and outbound together) held at once. */
  public int maxPeers() {
    return maxPeers;
  }

  /** The largest frame plaintext (type byte and payload) accepted and sent, at most 16 MiB. */
  public int maxFrameSize() {
    return maxFrameSize;
  }

  /** A peer silent this long is dropped; an idle session pings every third of it. */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** From TCP connect to a completed status exchange. */
  public Duration handshakeTimeout() {
    return handshakeTimeout;
  }

  /** Netty worker threads. */
  public int ioThreads() {
    return ioThreads;
  }

  /** Inbound connections still before their status exchange; more are closed at accept. */
  public int maxPendingHandshakes() {
    return maxPendingHandshakes;
  }

  /** Always kept connected, redialed with backoff. */
  public List<EnodeUrl> staticPeers() {
    return staticPeers;
  }

  /** Dialed first and redialed with backoff while below {@link #targetOutboundPeers()}; seeds of peer exchange. */
  public List<EnodeUrl> bootnodes() {
    return bootnodes;
  }

  /** Discovered peers are dialed until this many outbound sessions exist (static peers count). */
  public int targetOutboundPeers() {
    return targetOutboundPeers;
  }

  /** Whether to ask peers for theirs (GetPeers) and answer them. */
  public boolean peerExchange() {
    return peerExchange;
  }

  /** How often connected peers are asked for peers while below the outbound target. */
  public Duration peerExchangeInterval() {
    return peerExchangeInterval;
  }

  /** The most dialable addresses remembered. */
  public int addressBookSize() {
    return addressBookSize;
  }

  /** How often the dialer looks for peers to dial. */
  public Duration discoveryInterval() {
    return discoveryInterval;
  }

  /** The first redial delay after a failure; it doubles per failure up to {@link #redialMaxBackoff()}. */
  public Duration redialMinBackoff() {
    return redialMinBackoff;
  }

  public Duration redialMaxBackoff() {
    return redialMaxBackoff;
  }

  /** Messages per second a peer may send on average (token bucket refill). */
  public int messageRate() {
    return messageRate;
  }

  /** Messages a peer may send at once (token bucket size). */
  public int messageBurst() {
    return messageBurst;
  }

  /** Requests in flight per peer, each way: above it ours fail locally and theirs are answered BUSY. */
  public int maxInFlightRequests() {
    return maxInFlightRequests;
  }

  /** Gossip message ids remembered to drop duplicates. */
  public int gossipSeenCacheSize() {
    return gossipSeenCacheSize;
  }

  /** Application messages waiting for their handler; more are dropped (and logged). */
  public int dispatchQueueSize() {
    return dispatchQueueSize;
  }

  /** Threads running request handlers. */
  public int requestThreads() {
    return requestThreads;
  }

  /** Penalty points at which a peer is disconnected and banned. */
  public int banThreshold() {
    return banThreshold;
  }

  /** Penalty points forgiven per second. */
  public int penaltyDecayPerSecond() {
    return penaltyDecayPerSecond;
  }

  /** How long a ban lasts. */
  public Duration banDuration() {
    return banDuration;
  }

  /** Whether a ban also covers the peer's IP address (loopback addresses are never banned). */
  public boolean banIps() {
    return banIps;
  }

  public P2pConfig withHost(final String value) {
    return toBuilder().host(value).build();
  }

  public P2pConfig withPort(final int value) {
    return toBuilder().port(value).build();
  }

  public P2pConfig withMaxPeers(final int value) {
    return toBuilder().maxPeers(value).targetOutboundPeers(Math.min(targetOutboundPeers, value)).build();
  }

  public P2pConfig withMaxFrameSize(final int value) {
    return toBuilder().maxFrameSize(value).build();
  }

  public P2pConfig withIdleTimeout(final Duration value) {
    return toBuilder().idleTimeout(value).build();
  }

  public P2pConfig withHandshakeTimeout(final Duration value) {
    return toBuilder().handshakeTimeout(value).build();
  }

  /** Builds a {@link P2pConfig}, starting from the defaults. */
  public static final class Builder {
    private String host = "0.0.0.0";
    private String advertisedHost;
    private int port = DEFAULT_PORT;
    private int maxPeers = 25;
    private int maxFrameSize = PROTOCOL_MAX_FRAME_SIZE;
    private Duration idleTimeout = Duration.ofSeconds(30);
    private Duration handshakeTimeout = Duration.ofSeconds(10);
    private int ioThreads = 2;
    private int maxPendingHandshakes = 16;
    private List<EnodeUrl> staticPeers = List.of();
    private List<EnodeUrl> bootnodes = List.of();
    private int targetOutboundPeers = 8;
    private boolean peerExchange = true;
    private Duration peerExchangeInterval = Duration.ofSeconds(30);
    private int addressBookSize = 1000;
    private Duration discoveryInterval = Duration.ofSeconds(1);
    private Duration redialMinBackoff = Duration.ofSeconds(1);
    private Duration redialMaxBackoff = Duration.ofSeconds(60);
    private int messageRate = 1000;
    private int messageBurst = 2000;
    private int maxInFlightRequests = 16;
    private int gossipSeenCacheSize = 65_536;
    private int dispatchQueueSize = 10_000;
    private int requestThreads = 2;
    private int banThreshold = 100;
    private int penaltyDecayPerSecond = 1;
    private Duration banDuration = Duration.ofMinutes(10);
    private boolean banIps = true;

    private Builder() {}

    private Builder(final P2pConfig c) {
      host = c.host;
      advertisedHost = c.advertisedHost;
      port = c.port;
      maxPeers = c.maxPeers;
      maxFrameSize = c.maxFrameSize;
      idleTimeout = c.idleTimeout;
      handshakeTimeout = c.handshakeTimeout;
      ioThreads = c.ioThreads;
      maxPendingHandshakes = c.maxPendingHandshakes;
      staticPeers = c.staticPeers;
      bootnodes = c.bootnodes;
      targetOutboundPeers = c.targetOutboundPeers;
      peerExchange = c.peerExchange;
      peerExchangeInterval = c.peerExchangeInterval;
      addressBookSize = c.addressBookSize;
      discoveryInterval = c.discoveryInterval;
      redialMinBackoff = c.redialMinBackoff;
      redialMaxBackoff = c.redialMaxBackoff;
      messageRate = c.messageRate;
      messageBurst = c.messageBurst;
      maxInFlightRequests = c.maxInFlightRequests;
      gossipSeenCacheSize = c.gossipSeenCacheSize;
      dispatchQueueSize = c.dispatchQueueSize;
      requestThreads = c.requestThreads;
      banThreshold = c.banThreshold;
      penaltyDecayPerSecond = c.penaltyDecayPerSecond;
      banDuration = c.banDuration;
      banIps = c.banIps;
    }

    public Builder host(final String value) {
      host = value;
      return this;
    }

    /** The host put in this node's enode URL; null derives it from the bound host. */
    public Builder advertisedHost(final String value) {
      advertisedHost = value;
      return this;
    }

    public Builder port(final int value) {
      port = value;
      return this;
    }

    public Builder maxPeers(final int value) {
      maxPeers = value;
      return this;
    }

    public Builder maxFrameSize(final int value) {
      maxFrameSize = value;
      return this;
    }

    public Builder idleTimeout(final Duration value) {
      idleTimeout = value;
      return this;
    }

    public Builder handshakeTimeout(final Duration value) {
      handshakeTimeout = value;
      return this;
    }

    public Builder ioThreads(final int value) {
      ioThreads = value;
      return this;
    }

    public Builder maxPendingHandshakes(final int value) {
      maxPendingHandshakes = value;
      return this;
    }

    public Builder staticPeers(final List<EnodeUrl> value) {
      staticPeers = value;
      return this;
    }

    public Builder bootnodes(final List<EnodeUrl> value) {
      bootnodes = value;
      return this;
    }

    public Builder targetOutboundPeers(final int value) {
      targetOutboundPeers = value;
      return this;
    }

    public Builder peerExchange(final boolean value) {
      peerExchange = value;
      return this;
    }

    public Builder peerExchangeInterval(final Duration value) {
      peerExchangeInterval = value;
      return this;
    }

    public Builder addressBookSize(final int value) {
      addressBookSize = value;
      return this;
    }

    public Builder discoveryInterval(final Duration value) {
      discoveryInterval = value;
      return this;
    }

    public Builder redialBackoff(final Duration min, final Duration max) {
      redialMinBackoff = min;
      redialMaxBackoff = max;
      return this;
    }

    public Builder messageRate(final int perSecond, final int burst) {
      messageRate = perSecond;
      messageBurst = burst;
      return this;
    }

    public Builder maxInFlightRequests(final int value) {
      maxInFlightRequests = value;
      return this;
    }

    public Builder gossipSeenCacheSize(final int value) {
      gossipSeenCacheSize = value;
      return this;
    }

    public Builder dispatchQueueSize(final int value) {
      dispatchQueueSize = value;
      return this;
    }

    public Builder requestThreads(final int value) {
      requestThreads = value;
      return this;
    }

    public Builder banThreshold(final int value) {
      banThreshold = value;
      return this;
    }

    public Builder penaltyDecayPerSecond(final int value) {
      penaltyDecayPerSecond = value;
      return this;
    }

    public Builder banDuration(final Duration value) {
      banDuration = value;
      return this;
    }

    public Builder banIps(final boolean value) {
      banIps = value;
      return this;
    }

    public P2pConfig build() {
      return new P2pConfig(this);
    }
  }
}
