package io.tributary.node.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.p2p.P2pConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class P2pOptionsTest {
  private static P2pConfig parse(final String... args) {
    final P2pOptions options = new P2pOptions();
    new CommandLine(options).parseArgs(args);
    return options.toConfig(P2pConfig.DEFAULT_PORT, true).orElseThrow();
  }

  @Test
  void withoutAnAdvertisedHostTheEnodeHostIsDerivedFromTheListener() {
    final P2pConfig config = parse();
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.advertisedHost()).isEmpty();
  }

  @Test
  void theAdvertisedHostIsAnAddressOrDnsNameAndAnIpv6OneLosesItsBrackets() {
    assertThat(parse("--p2p-advertise-host", "203.0.113.7").advertisedHost()).contains("203.0.113.7");
    assertThat(parse("--p2p-advertise-host", "val-1.example.org").advertisedHost()).contains("val-1.example.org");
    assertThat(parse("--p2p-advertise-host", "[2001:db8::7]").advertisedHost()).contains("2001:db8::7");
  }

  @Test
  void anAdvertisedHostThatCannotBeInAnEnodeUrlIsRefusedNamingTheOption() {
    for (final String bad : new String[] {"", "user@host", "host:30303x", "a b", "host/path"}) {
      assertThatThrownBy(() -> parse("--p2p-advertise-host", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--p2p-advertise-host");
    }
  }
}
