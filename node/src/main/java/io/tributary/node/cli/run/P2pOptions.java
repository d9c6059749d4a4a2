package io.tributary.node.cli.run;

import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.P2pConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The p2p options of {@code node} and {@code dev}: where to listen and whom to dial. */
public final class P2pOptions {
  @Option(names = "--p2p-host", paramLabel = "HOST", defaultValue = "0.0.0.0",
      description = "address the p2p listener binds (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--p2p-advertise-host", paramLabel = "HOST",
      description = "address or DNS name other machines dial to reach this node, put in its enode URL (default: the"
          + " --p2p-host, or 127.0.0.1 when that is 0.0.0.0)")
  String advertiseHost;

  @Option(names = "--p2p-port", paramLabel = "PORT",
      description = "TCP port for peers (node default: 30303; dev: off unless given); 0 picks a free port")
  Integer port;

  @Option(names = "--bootnodes", paramLabel = "ENODE", split = ",",
      description = "enode://<id>@host:port URLs dialed at start to join the network (peers found through them too)")
  List<String> bootnodes = new ArrayList<>();

  @Option(names = "--static-peers", paramLabel = "ENODE", split = ",",
      description = "enode URLs this node keeps connected, redialing with backoff")
  List<String> staticPeers = new ArrayList<>();

  @Option(names = "--no-peer-exchange", negatable = false,
      description = "do not ask peers for others or answer them (only bootnodes and static peers are dialed)")
  boolean noPeerExchange;

  @Option(names = "--max-peers", paramLabel = "N", defaultValue = "25",
      description = "connected peers at most, inbound and outbound (default: ${DEFAULT-VALUE})")
  int maxPeers;

  @Option(names = "--p2p-ban-ips", negatable = false,
      description = "ban a misbehaving peer's IP address too, not only its node id (off: several nodes may share one"
          + " address, as on a loopback testnet)")
  boolean banIps;

  @Option(names = "--no-p2p", negatable = false, description = "run without networking (a lone validator)")
  boolean off;

  /** The p2p configuration, or empty when networking is off ({@code --no-p2p}, or {@code dev} without a port). */
  public Optional<P2pConfig> toConfig(final int defaultPort, final boolean onByDefault) {
    if (off || (port == null && !onByDefault)) {
      return Optional.empty();
    }
    return Optional.of(P2pConfig.builder().host(host).advertisedHost(advertisedHost())
        .port(port != null ? port : defaultPort).maxPeers(maxPeers).targetOutboundPeers(Math.min(8, maxPeers))
        .bootnodes(parse(bootnodes, "--bootnodes"))
        .staticPeers(parse(staticPeers, "--static-peers")).peerExchange(!noPeerExchange).banIps(banIps)
        // Block range answers and proposals of full blocks stay far below the 16 MiB frame; transaction gossip at
        // thousands per second is a few dozen messages a second per peer, well inside the rate limit.
        .build());
  }

  /** The advertised host (an IPv6 address without brackets), checked to be an address or DNS name; null if unset. */
  private String advertisedHost() {
    if (advertiseHost == null) {
      return null;
    }
    final String bare = advertiseHost.startsWith("[") && advertiseHost.endsWith("]")
        ? advertiseHost.substring(1, advertiseHost.length() - 1) : advertiseHost;
    if (!bare.matches("[A-Za-z0-9.-]{1,253}") && !bare.matches("[0-9A-Fa-f:.]{2,45}")) {
      throw new IllegalArgumentException("--p2p-advertise-host: '" + advertiseHost + "' is not an IP address or a"
          + " DNS name");
    }
    return bare;
  }

  private static List<EnodeUrl> parse(final List<String> urls, final String option) {
    final List<EnodeUrl> parsed = new ArrayList<>();
    for (final String url : urls) {
      if (url.isBlank()) {
        continue;
      }
      try {
        parsed.add(EnodeUrl.parse(url));
      } catch (final IllegalArgumentException e) {
        throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
      }
    }
    return parsed;
  }
}
