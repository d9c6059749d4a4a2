package io.tributary.testnet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP relay for one direction of one link between two nodes: node A's static peer address for node B is this
 * proxy's port, which forwards to B's p2p port. Cutting the link closes every connection through it and refuses new
 * ones until it is restored, so a partition is real TCP behaviour (resets, reconnect attempts) without root or
 * iptables. Bytes are relayed untouched: the p2p handshake still authenticates B's key end to end.
 */
public final class LinkProxy implements AutoCloseable {
  private final String name;
  private final ServerSocket server;
  private final InetSocketAddress target;
  private final List<Socket> open = new ArrayList<>();
  private volatile boolean cut;
  private volatile boolean closed;

  public LinkProxy(final String name, final InetSocketAddress target) throws IOException {
    this.name = name;
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    final Thread acceptor = new Thread(this::acceptLoop, "proxy-" + name);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  public String name() {
    return name;
  }

  public boolean isCut() {
    return cut;
  }

  /** Closes the connections through this link and refuses new ones. */
  public void cut() {
    cut = true;
    closeOpen();
  }

  /** Lets connections through again. */
  public void restore() {
    cut = false;
  }

  /** Connections open through the link now (two sockets each). */
  public int openConnections() {
    synchronized (open) {
      return open.size() / 2;
    }
  }

  private void acceptLoop() {
    while (!closed) {
      final Socket inbound;
      try {
        inbound = server.accept();
      } catch (final IOException e) {
        return; // closed
      }
      if (cut) {
        quietClose(inbound);
        continue;
      }
      final Socket outbound = new Socket();
      try {
        outbound.connect(target, 2_000);
      } catch (final IOException e) {
        quietClose(inbound);
        quietClose(outbound);
        continue;
      }
      synchronized (open) {
        open.add(inbound);
        open.add(outbound);
      }
      pump(inbound, outbound, name + " ->");
      pump(outbound, inbound, name + " <-");
    }
  }

  private void pump(final Socket from, final Socket to, final String label) {
    final Thread thread = new Thread(() -> {
      final byte[] buffer = new byte[64 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n; !cut && (n = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, n);
        }
      } catch (final IOException e) {
        // one side closed: close the other
      } finally {
        quietClose(from);
        quietClose(to);
        synchronized (open) {
          open.remove(from);
          open.remove(to);
        }
      }
    }, "proxy " + label);
    thread.setDaemon(true);
    thread.start();
  }

  private void closeOpen() {
    final List<Socket> sockets;
    synchronized (open) {
      sockets = new ArrayList<>(open);
      open.clear();
    }
    sockets.forEach(LinkProxy::quietClose);
  }

  private static void quietClose(final Socket socket) {
    try {
      socket.close();
    } catch (final IOException ignored) {
      // closing
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (final IOException ignored) {
      // closing
    }
    closeOpen();
  }
}
