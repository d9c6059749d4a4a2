package io.tributary.node.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's HTTP endpoint, apart from JSON-RPC: {@code /metrics} in Prometheus's text format, {@code /liveness}
 * (200 while the process serves) and {@code /readiness} (200 while it follows the chain, else 503 with the reason).
 * Only GET; anything else is 404 or 405.
 */
public final class MetricsServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

  private final HttpServer server;
  private final ExecutorService executor;

  private MetricsServer(final HttpServer server, final ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts listening on {@code host:port} (port 0: any free one). */
  public static MetricsServer start(final String host, final int port, final NodeMetrics metrics,
      final Readiness readiness) throws IOException {
    final HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
    final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    server.createContext("/metrics", exchange -> serve(exchange, () -> {
      final ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.write(out, metrics.registry().scrape());
      return new Reply(200, PrometheusTextFormatWriter.CONTENT_TYPE, out.toByteArray());
    }));
    server.createContext("/liveness", exchange -> serve(exchange, () -> json(200, "UP", Optional.empty())));
    server.createContext("/readiness", exchange -> serve(exchange, () -> {
      final Optional<String> why = readiness.notReadyBecause();
      return json(why.isEmpty() ? 200 : 503, why.isEmpty() ? "UP" : "DOWN", why);
    }));
    final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      final Thread thread = new Thread(r, "metrics-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.start();
    LOG.info("Metrics at http://{}:{}/metrics, health at /liveness and /readiness", host,
        server.getAddress().getPort());
    return new MetricsServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private record Reply(int status, String contentType, byte[] body) {}

  @FunctionalInterface
  private interface Answer {
    Reply get() throws IOException;
  }

  private static Reply json(final int status, final String state, final Optional<String> reason) {
    final String body = "{\"status\":\"" + state + "\"" + reason.map(r -> ",\"reason\":\"" + r.replace("\\", "\\\\")
        .replace("\"", "\\\"") + "\"").orElse("") + "}\n";
    return new Reply(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  private static void serve(final HttpExchange exchange, final Answer answer) throws IOException {
    try (exchange) {
      final String path = exchange.getRequestURI().getPath();
      final String context = exchange.getHttpContext().getPath();
      final Reply reply;
      if (!path.equals(context)) {
        reply = new Reply(404, "text/plain", "not found\n".getBytes(StandardCharsets.US_ASCII));
      } else if (!exchange.getRequestMethod().equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET");
        reply = new Reply(405, "text/plain", "only GET\n".getBytes(StandardCharsets.US_ASCII));
      } else {
        reply = answer.get();
      }
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(reply.status(), reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    } catch (final IOException | RuntimeException e) {
      LOG.debug("Metrics request failed", e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
