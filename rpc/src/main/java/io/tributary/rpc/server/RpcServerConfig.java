package io.tributary.rpc.server;

import java.time.Duration;
import java.util.List;

/**
 * Where and how the JSON-RPC server listens. Defaults are the secure ones: loopback only, no CORS origins, only
 * loopback Host headers accepted (DNS-rebinding protection, as geth's --http.vhosts), bounded bodies and batches.
 *
 * @param host interface to bind
 * @param port TCP port (0 picks a free one)
 * @param corsOrigins origins allowed cross-origin ("*" for any); empty disables CORS
 * @param hostAllowlist accepted Host header names ("*" for any)
 * @param maxRequestBytes largest HTTP body or WebSocket message
 * @param maxBatchSize most calls in one batch
 * @param maxConnections most open connections at once
 * @param explorer whether plain GETs are answered with the block explorer (the node decides what serves them)
 * @param requestTimeout how long an HTTP connection may take to send a complete request, counted from when it opened
 *     or got its last answer: a slow sender (slowloris) or an idle keep-alive connection is closed after it
 */
public record RpcServerConfig(
    String host,
    int port,
    List<String> corsOrigins,
    List<String> hostAllowlist,
    int maxRequestBytes,
    int maxBatchSize,
    int maxConnections,
    boolean explorer,
    Duration requestTimeout) {

  public static final int DEFAULT_PORT = 8545;
  /** As geth's HTTP read timeout. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  public RpcServerConfig {
    corsOrigins = List.copyOf(corsOrigins);
    hostAllowlist = List.copyOf(hostAllowlist);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxRequestBytes < 1024 || maxBatchSize < 1 || maxConnections < 1) {
      throw new IllegalArgumentException("RPC limits must be positive (body >= 1 KiB)");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("RPC request timeout must be positive: " + requestTimeout);
    }
  }

  public static RpcServerConfig defaults() {
    return new RpcServerConfig("127.0.0.1", DEFAULT_PORT, List.of(), List.of("localhost", "127.0.0.1", "::1"),
        5 * 1024 * 1024, 1024, 1000, true, DEFAULT_REQUEST_TIMEOUT);
  }

  public RpcServerConfig withPort(final int newPort) {
    return new RpcServerConfig(host, newPort, corsOrigins, hostAllowlist, maxRequestBytes, maxBatchSize, maxConnections,
        explorer, requestTimeout);
  }

  public RpcServerConfig withHost(final String newHost) {
    return new RpcServerConfig(newHost, port, corsOrigins, hostAllowlist, maxRequestBytes, maxBatchSize, maxConnections,
        explorer, requestTimeout);
  }

  public RpcServerConfig withCorsOrigins(final List<String> origins) {
    return new RpcServerConfig(host, port, origins, hostAllowlist, maxRequestBytes, maxBatchSize, maxConnections,
        explorer, requestTimeout);
  }

  public RpcServerConfig withHostAllowlist(final List<String> hosts) {
    return new RpcServerConfig(host, port, corsOrigins, hosts, maxRequestBytes, maxBatchSize, maxConnections,
        explorer, requestTimeout);
  }

  public RpcServerConfig withLimits(final int bodyBytes, final int batchSize, final int connections) {
    return new RpcServerConfig(host, port, corsOrigins, hostAllowlist, bodyBytes, batchSize, connections,
        explorer, requestTimeout);
  }

  public RpcServerConfig withExplorer(final boolean enabled) {
    return new RpcServerConfig(host, port, corsOrigins, hostAllowlist, maxRequestBytes, maxBatchSize, maxConnections,
        enabled, requestTimeout);
  }

  public RpcServerConfig withRequestTimeout(final Duration timeout) {
    return new RpcServerConfig(host, port, corsOrigins, hostAllowlist, maxRequestBytes, maxBatchSize, maxConnections,
        explorer, timeout);
  }

  boolean allowsHost(final String hostHeader) {
    if (hostAllowlist.contains("*")) {
      return true;
    }
    if (hostHeader == null) {
      return false;
    }
    return hostAllowlist.stream().anyMatch(h -> h.equalsIgnoreCase(hostName(hostHeader)));
  }

  boolean allowsOrigin(final String origin) {
    return origin != null && (corsOrigins.contains("*") || corsOrigins.contains(origin));
  }

  /** The name part of a Host header: "localhost:8545" -> "localhost", "[::1]:8545" -> "::1". */
  static String hostName(final String hostHeader) {
    if (hostHeader.startsWith("[")) {
      final int end = hostHeader.indexOf(']');
      return end > 0 ? hostHeader.substring(1, end) : hostHeader;
    }
    final int colon = hostHeader.indexOf(':');
    return colon >= 0 ? hostHeader.substring(0, colon) : hostHeader;
  }
}
