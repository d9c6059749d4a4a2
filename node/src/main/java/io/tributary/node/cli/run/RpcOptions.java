package io.tributary.node.cli.run;

import io.tributary.rpc.server.RpcServerConfig;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** JSON-RPC server options shared by {@code dev} and {@code node}. */
public final class RpcOptions {
  @Option(names = "--rpc-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "interface JSON-RPC (HTTP and WebSocket) binds to (default: ${DEFAULT-VALUE}, loopback only)")
  String host;

  @Option(names = "--rpc-port", paramLabel = "PORT", defaultValue = "8545",
      description = "JSON-RPC port, HTTP and WebSocket together (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--rpc-cors-origins", paramLabel = "ORIGIN", split = ",",
      description = "browser origins allowed to call the RPC (default: none; '*' for any)")
  List<String> corsOrigins = List.of();

  @Option(names = "--rpc-host-allowlist", paramLabel = "HOST", split = ",",
      description = "Host header values accepted (default: localhost, 127.0.0.1, ::1; '*' for any)")
  List<String> hostAllowlist;

  @Option(names = "--rpc-max-batch", paramLabel = "N", defaultValue = "1024",
      description = "most calls in one batch (default: ${DEFAULT-VALUE})")
  int maxBatch;

  @Option(names = "--rpc-max-body", paramLabel = "BYTES", defaultValue = "5242880",
      description = "largest request body or WebSocket message (default: ${DEFAULT-VALUE})")
  int maxBody;

  @Option(names = "--rpc-max-connections", paramLabel = "N", defaultValue = "1000",
      description = "most JSON-RPC connections open at once; more are closed at accept (default: ${DEFAULT-VALUE})")
  int maxConnections;

  @Option(names = "--rpc-request-timeout", paramLabel = "DURATION", defaultValue = "30s",
      converter = DurationConverter.class,
      description = "time an HTTP connection has to send a complete request, from its opening or its last answer; "
          + "slow and idle connections are closed after it (default: ${DEFAULT-VALUE})")
  Duration requestTimeout;

  @Option(names = "--no-explorer",
      description = "do not serve the block explorer at / on the JSON-RPC port (served by default)")
  boolean noExplorer;

  public RpcServerConfig toConfig() {
    final RpcServerConfig defaults = RpcServerConfig.defaults();
    RpcServerConfig config = defaults.withHost(host).withPort(port).withCorsOrigins(corsOrigins)
        .withLimits(maxBody, maxBatch, maxConnections).withExplorer(!noExplorer).withRequestTimeout(requestTimeout);
    if (hostAllowlist != null) {
      config = config.withHostAllowlist(hostAllowlist);
    }
    return config;
  }
}
