package io.tributary.node.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.rpc.server.RpcServerConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RpcOptionsTest {
  private static RpcServerConfig parse(final String... args) {
    final RpcOptions options = new RpcOptions();
    new CommandLine(options).parseArgs(args);
    return options.toConfig();
  }

  @Test
  void theAbuseLimitsDefaultToTheServersDefaults() {
    final RpcServerConfig config = parse();
    final RpcServerConfig defaults = RpcServerConfig.defaults();
    assertThat(config.maxRequestBytes()).isEqualTo(defaults.maxRequestBytes());
    assertThat(config.maxBatchSize()).isEqualTo(defaults.maxBatchSize());
    assertThat(config.maxConnections()).isEqualTo(defaults.maxConnections());
    assertThat(config.requestTimeout()).isEqualTo(defaults.requestTimeout());
  }

  @Test
  void connectionAndRequestTimeoutLimitsAreSetByFlags() {
    final RpcServerConfig config = parse("--rpc-max-connections", "50", "--rpc-request-timeout", "500ms",
        "--rpc-max-batch", "10", "--rpc-max-body", "65536");
    assertThat(config.maxConnections()).isEqualTo(50);
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.maxBatchSize()).isEqualTo(10);
    assertThat(config.maxRequestBytes()).isEqualTo(65536);
  }
}
