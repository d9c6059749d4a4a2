package io.tributary.testnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkProxyTest {
  private ServerSocket echo;
  private LinkProxy proxy;

  @BeforeEach
  void startEchoServer() throws IOException {
    echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    final Thread thread = new Thread(() -> {
      while (!echo.isClosed()) {
        try {
          final Socket s = echo.accept();
          final Thread t = new Thread(() -> {
            try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
              in.transferTo(out);
            } catch (final IOException ignored) {
              // peer gone
            }
          });
          t.setDaemon(true);
          t.start();
        } catch (final IOException e) {
          return;
        }
      }
    });
    thread.setDaemon(true);
    thread.start();
    proxy = new LinkProxy("a->b", new InetSocketAddress(InetAddress.getLoopbackAddress(), echo.getLocalPort()));
  }

  @AfterEach
  void close() throws IOException {
    proxy.close();
    echo.close();
  }

  @Test
  void bytesGoThroughUntouchedBothWays() throws IOException {
    try (Socket client = connect()) {
      assertThat(roundTrip(client, "hello")).isEqualTo("hello");
    }
  }

  @Test
  void cuttingTheLinkClosesOpenConnectionsAndRefusesNewOnesUntilRestored() throws Exception {
    try (Socket client = connect()) {
      assertThat(roundTrip(client, "before")).isEqualTo("before");
      proxy.cut();
      assertThat(closedByPeer(client)).isTrue();
    }
    try (Socket refused = connect()) {
      assertThat(closedByPeer(refused)).isTrue();
    }
    proxy.restore();
    try (Socket client = connect()) {
      assertThat(roundTrip(client, "after")).isEqualTo("after");
    }
    final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (proxy.openConnections() > 1 && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    assertThat(proxy.openConnections()).isLessThanOrEqualTo(1);
  }

  /** The peer closed (end of stream) or reset the connection. */
  private static boolean closedByPeer(final Socket socket) {
    try {
      return socket.getInputStream().read() == -1;
    } catch (final IOException e) {
      return !(e instanceof java.net.SocketTimeoutException);
    }
  }

  private Socket connect() throws IOException {
    final Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
    socket.setSoTimeout(5_000);
    return socket;
  }

  private static String roundTrip(final Socket socket, final String text) throws IOException {
    socket.getOutputStream().write(text.getBytes());
    socket.getOutputStream().flush();
    final byte[] buffer = new byte[text.length()];
    int read = 0;
    while (read < buffer.length) {
      final int n = socket.getInputStream().read(buffer, read, buffer.length - read);
      if (n < 0) {
        break;
      }
      read += n;
    }
    return new String(buffer, 0, read);
  }
}
