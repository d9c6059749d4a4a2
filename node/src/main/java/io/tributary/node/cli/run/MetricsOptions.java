package io.tributary.node.cli.run;

import io.tributary.node.metrics.MetricsServer;
import io.tributary.node.runner.TributaryNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The operator endpoint's options shared by {@code dev} and {@code node}: Prometheus metrics and health checks. */
public final class MetricsOptions {
  @Option(names = "--metrics-enabled", defaultValue = "false",
      description = "serve /metrics (Prometheus), /liveness and /readiness on the metrics port (default: off)")
  boolean enabled;

  @Option(names = "--metrics-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "interface the metrics endpoint binds to (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--metrics-port", paramLabel = "PORT", defaultValue = "9545",
      description = "metrics and health port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  public String host() {
    return host;
  }

  /** Starts the endpoint for {@code node} if enabled; the caller closes it before the node. */
  public Optional<MetricsServer> start(final TributaryNode node, final Duration blockPeriod) throws IOException {
    if (!enabled) {
      return Optional.empty();
    }
    return Optional.of(MetricsServer.start(host, port, node.metrics(), node.readiness(blockPeriod,
        Clock.systemUTC())));
  }
}
