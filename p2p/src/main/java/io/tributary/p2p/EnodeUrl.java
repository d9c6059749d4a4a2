package io.tributary.p2p;

import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * Where a node can be dialed and who must answer there: {@code enode://<128 hex digits of the node id>@host:port}, as
 * devp2p writes it. The host is an IPv4 address, an IPv6 address in brackets or a DNS name (resolved when dialed).
 * Query parameters (devp2p's {@code ?discport=}) are refused: this network has no UDP discovery.
 *
 * @param nodeId the id the node must prove in the handshake
 * @param host the address or name to dial, without brackets
 * @param port the TCP port, 1-65535
 */
public record EnodeUrl(NodeId nodeId, String host, int port) {
  private static final String SCHEME = "enode://";

  public EnodeUrl {
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("an enode URL needs a host");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1-65535, not " + port);
    }
  }

  public static EnodeUrl of(final NodeId nodeId, final InetSocketAddress address) {
    return new EnodeUrl(nodeId, address.getAddress() != null ? address.getAddress().getHostAddress()
        : address.getHostString(), address.getPort());
  }

  /**
   * Parses {@code enode://<id>@host:port}; every malformed part is an {@link IllegalArgumentException} that quotes the
   * input and says what is wrong.
   */
  public static EnodeUrl parse(final String url) {
    if (url == null) {
      throw new IllegalArgumentException("enode URL is missing");
    }
    final String text = url.trim();
    if (!text.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
      throw invalid(url, "must start with enode://");
    }
    final String rest = text.substring(SCHEME.length());
    if (rest.contains("?") || rest.contains("#") || rest.contains("/")) {
      throw invalid(url, "has a path or query after host:port (discport and other parameters are not supported)");
    }
    final int at = rest.indexOf('@');
    if (at < 0) {
      throw invalid(url, "needs <node id>@host:port");
    }
    final String id = rest.substring(0, at);
    if (id.length() != NodeId.SIZE * 2) {
      throw invalid(url, "node id must be 128 hex digits (a 64-byte public key), found " + id.length()
          + " characters");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.digit(id.charAt(i), 16) < 0) {
        throw invalid(url, "node id has a non-hex character '" + id.charAt(i) + "' at position " + i);
      }
    }
    final String endpoint = rest.substring(at + 1);
    final String host;
    final String portText;
    if (endpoint.startsWith("[")) {
      final int close = endpoint.indexOf(']');
      if (close < 0 || close + 1 >= endpoint.length() || endpoint.charAt(close + 1) != ':') {
        throw invalid(url, "an IPv6 host is written [address]:port");
      }
      host = endpoint.substring(1, close);
      portText = endpoint.substring(close + 2);
    } else {
      final int colon = endpoint.lastIndexOf(':');
      if (colon < 0) {
        throw invalid(url, "needs a port after the host (host:port)");
      }
      host = endpoint.substring(0, colon);
      portText = endpoint.substring(colon + 1);
      if (host.contains(":")) {
        throw invalid(url, "an IPv6 host must be in brackets: [address]:port");
      }
    }
    if (host.isEmpty()) {
      throw invalid(url, "host is empty");
    }
    final int port;
    try {
      port = Integer.parseInt(portText);
    } catch (NumberFormatException e) {
      throw invalid(url, "port '" + portText + "' is not a number");
    }
    if (port < 1 || port > 65535) {
      throw invalid(url, "port must be 1-65535, not " + port);
    }
    return new EnodeUrl(NodeId.fromHexString(id), host, port);
  }

  private static IllegalArgumentException invalid(final String url, final String why) {
    return new IllegalArgumentException("invalid enode URL '" + url + "': " + why);
  }

  /** An unresolved address for this host and port (resolved when dialed). */
  public InetSocketAddress socketAddress() {
    return InetSocketAddress.createUnresolved(host, port);
  }

  @Override
  public String toString() {
    return SCHEME + nodeId.toHexString() + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
