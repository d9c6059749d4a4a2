package io.tributary.node.cli.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CLI's JSON-RPC 2.0 client over HTTP: one request, one answer; an error answer or an unreachable node is an
 * {@link RpcException}. Parameters are plain Java values that Jackson writes (strings, numbers, maps, lists).
 */
public final class JsonRpcClient {
  /** The code this client uses for a node it could not reach or an answer it could not read. */
  public static final int TRANSPORT_ERROR = -1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final HttpClient http;
  private final AtomicLong ids = new AtomicLong();

  public JsonRpcClient(final URI endpoint) {
    this.endpoint = endpoint;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public URI endpoint() {
    return endpoint;
  }

  /** The {@code result} of {@code method(params...)}; JSON null comes back as a NullNode. */
  public JsonNode call(final String method, final Object... params) {
    final ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", ids.incrementAndGet());
    request.put("method", method);
    final ArrayNode array = request.putArray("params");
    for (final Object p : params) {
      array.add(JSON.valueToTree(p));
    }
    final JsonNode answer;
    try {
      final HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
          .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
          HttpResponse.BodyHandlers.ofString());
      answer = JSON.readTree(response.body());
    } catch (final IOException e) {
      throw new RpcException(TRANSPORT_ERROR, "cannot reach " + endpoint + ": " + e, Optional.empty());
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException(TRANSPORT_ERROR, "interrupted while calling " + method, Optional.empty());
    }
    final JsonNode error = answer.get("error");
    if (error != null && !error.isNull()) {
      final JsonNode data = error.get("data");
      throw new RpcException(error.path("code").asInt(), error.path("message").asText(),
          data == null || data.isNull() ? Optional.empty() : Optional.of(data.asText()));
    }
    if (!answer.has("result")) {
      throw new RpcException(TRANSPORT_ERROR, method + ": the answer has neither result nor error", Optional.empty());
    }
    return answer.get("result");
  }

  /** A QUANTITY ({@code "0x1f"}) or plain JSON integer as a BigInteger. */
  public static BigInteger quantity(final JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    final String text = node.asText();
    if (!text.startsWith("0x")) {
      throw new IllegalArgumentException("not a QUANTITY: " + node);
    }
    return new BigInteger(text.substring(2), 16);
  }

  public static String quantity(final BigInteger value) {
    return "0x" + value.toString(16);
  }

  public static String quantity(final long value) {
    return "0x" + Long.toUnsignedString(value, 16);
  }
}
