package io.tributary.node.cli.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.chain.RpcException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JSON-RPC 2.0 client over HTTP for tools that must not hang on a stopped node and that send many calls at once:
 * a timeout per request and JSON-RPC batches (one HTTP request, answers matched by id). {@link JsonRpcClient} waits a
 * minute and sends one call at a time, which suits a wallet command but not a load generator or a fault runner.
 */
public final class BatchRpcClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One call of a batch. */
  public record Call(String method, List<Object> params) {
    public static Call of(final String method, final Object... params) {
      return new Call(method, List.of(params));
    }
  }

  /** One answer of a batch: its result, or the error the node gave (or the transport failure for every call). */
  public record Answer(JsonNode result, RpcException error) {
    public boolean ok() {
      return error == null;
    }
  }

  private final URI endpoint;
  private final HttpClient http;
  private final Duration timeout;
  private final AtomicLong ids = new AtomicLong();

  public BatchRpcClient(final URI endpoint, final Duration timeout) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
  }

  public URI endpoint() {
    return endpoint;
  }

  /** The result of one call; an error answer or an unreachable node throws {@link RpcException}. */
  public JsonNode call(final String method, final Object... params) {
    final Answer answer = batch(List.of(Call.of(method, params))).get(0);
    if (!answer.ok()) {
      throw answer.error();
    }
    return answer.result();
  }

  /** The answers to {@code calls}, in their order. A transport failure is the error of every answer. */
  public List<Answer> batch(final List<Call> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    final ArrayNode request = JSON.createArrayNode();
    final long firstId = ids.getAndAdd(calls.size()) + 1;
    for (int i = 0; i < calls.size(); i++) {
      final ObjectNode call = request.addObject();
      call.put("jsonrpc", "2.0");
      call.put("id", firstId + i);
      call.put("method", calls.get(i).method());
      final ArrayNode params = call.putArray("params");
      for (final Object p : calls.get(i).params()) {
        params.add(JSON.valueToTree(p));
      }
    }
    final JsonNode body;
    try {
      final HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(endpoint)
          .header("Content-Type", "application/json").timeout(timeout)
          .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request))).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      body = JSON.readTree(response.body());
    } catch (final IOException e) {
      return failAll(calls.size(), "cannot reach " + endpoint + ": " + e);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      return failAll(calls.size(), "interrupted while calling " + endpoint);
    }
    if (body == null || !body.isArray()) {
      // A node refusing the whole batch answers one error object.
      final JsonNode error = body == null ? null : body.get("error");
      if (error != null && !error.isNull()) {
        final List<Answer> answers = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
          answers.add(new Answer(null, toException(error)));
        }
        return answers;
      }
      return failAll(calls.size(), endpoint + " answered a batch with " + abbreviate(String.valueOf(body)));
    }
    final Map<Long, JsonNode> byId = new HashMap<>();
    for (final JsonNode answer : body) {
      byId.put(answer.path("id").asLong(-1), answer);
    }
    final List<Answer> answers = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      final JsonNode answer = byId.get(firstId + i);
      if (answer == null) {
        answers.add(new Answer(null, transport("no answer to " + calls.get(i).method() + " in the batch")));
      } else if (answer.hasNonNull("error")) {
        answers.add(new Answer(null, toException(answer.get("error"))));
      } else {
        answers.add(new Answer(answer.get("result"), null));
      }
    }
    return answers;
  }

  private static RpcException toException(final JsonNode error) {
    final JsonNode data = error.get("data");
    return new RpcException(error.path("code").asInt(), error.path("message").asText(),
        data == null || data.isNull() ? Optional.empty() : Optional.of(data.asText()));
  }

  private static List<Answer> failAll(final int count, final String message) {
    final RpcException error = transport(message);
    final List<Answer> answers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      answers.add(new Answer(null, error));
    }
    return answers;
  }

  private static RpcException transport(final String message) {
    return new RpcException(JsonRpcClient.TRANSPORT_ERROR, message, Optional.empty());
  }

  private static String abbreviate(final String text) {
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
