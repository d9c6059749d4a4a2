package io.tributary.rpc;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.state.world.StatePrunedException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a request body into a response body, transport-independent: JSON-RPC 2.0 single and batch calls,
 * notifications (no reply), and the -32700/-32600/-32601/-32602/-32603 errors for bad requests.
 */
public final class JsonRpcProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcProcessor.class);

  private final JsonRpcMethods methods;
  private final ObjectMapper mapper;
  /** Reads one call of a batch, the parser standing on its first token; what follows is the batch's. */
  private final ObjectReader batchMember;
  private final int maxBatchSize;
  private final RpcCallObserver observer;

  public JsonRpcProcessor(final JsonRpcMethods methods, final int maxBatchSize) {
    this(methods, maxBatchSize, RpcCallObserver.NONE);
  }

  /** A processor that tells {@code observer} how long each call took (metrics). */
  public JsonRpcProcessor(final JsonRpcMethods methods, final int maxBatchSize, final RpcCallObserver observer) {
    this.methods = methods;
    this.mapper = JsonRpcObjectMapper.create();
    this.batchMember = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.maxBatchSize = maxBatchSize;
    this.observer = observer;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** The serialised reply, or empty when nothing is to be sent (a notification, or a batch of them). */
  public Optional<byte[]> process(final byte[] body, final RpcSession session) {
    final JsonNode root;
    try {
      root = read(body);
    } catch (BatchTooLargeException e) {
      return Optional.of(write(errorNode(NullNode.instance, JsonRpcError.INVALID_REQUEST,
          "Invalid Request: batch of more than " + maxBatchSize + " calls exceeds the limit of " + maxBatchSize,
          null)));
    } catch (JacksonException e) {
      return Optional.of(write(errorNode(NullNode.instance, JsonRpcError.PARSE_ERROR,
          "Parse error: " + e.getOriginalMessage(), null)));
    } catch (java.io.IOException e) {
      return Optional.of(write(errorNode(NullNode.instance, JsonRpcError.PARSE_ERROR, "Parse error", null)));
    }
    if (root == null || root.isMissingNode()) {
      return Optional.of(write(errorNode(NullNode.instance, JsonRpcError.PARSE_ERROR, "Parse error: empty body", null)));
    }
    if (root.isArray()) {
      return processBatch((ArrayNode) root, session);
    }
    return processOne(root, session).map(this::write);
  }

  /**
   * The request's JSON. A batch is read call by call and refused at the first call over the limit, so a body of a
   * million tiny calls never becomes a million tree nodes.
   */
  private JsonNode read(final byte[] body) throws java.io.IOException, BatchTooLargeException {
    try (JsonParser parser = mapper.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return mapper.readTree(body);
      }
      final ArrayNode batch = mapper.createArrayNode();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (batch.size() == maxBatchSize) {
          throw new BatchTooLargeException();
        }
        final JsonNode call = batchMember.readTree(parser);
        batch.add(call == null ? NullNode.instance : call);
      }
      final JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after value");
      }
      return batch;
    }
  }

  private static final class BatchTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    BatchTooLargeException() {
      super(null, null, false, false);
    }
  }

  private Optional<byte[]> processBatch(final ArrayNode batch, final RpcSession session) {
    if (batch.isEmpty()) {
      return Optional.of(write(errorNode(NullNode.instance, JsonRpcError.INVALID_REQUEST,
          "Invalid Request: empty batch", null)));
    }
    final ArrayNode replies = mapper.createArrayNode();
    for (final JsonNode call : batch) {
      processOne(call, session).ifPresent(replies::add);
    }
    return replies.isEmpty() ? Optional.empty() : Optional.of(write(replies));
  }

  private Optional<ObjectNode> processOne(final JsonNode call, final RpcSession session) {
    if (!call.isObject()) {
      return Optional.of(errorNode(NullNode.instance, JsonRpcError.INVALID_REQUEST,
          "Invalid Request: a call must be a JSON object", null));
    }
    final JsonNode id = call.get("id");
    if (id != null && !(id.isTextual() || id.isIntegralNumber() || id.isNull())) {
      return Optional.of(errorNode(NullNode.instance, JsonRpcError.INVALID_REQUEST,
          "Invalid Request: id must be a string, an integer or null", null));
    }
    final JsonNode replyId = id == null ? NullNode.instance : id;
    final JsonNode version = call.get("jsonrpc");
    if (version == null || !"2.0".equals(version.asText(null))) {
      return Optional.of(errorNode(replyId, JsonRpcError.INVALID_REQUEST,
          "Invalid Request: jsonrpc must be \"2.0\"", null));
    }
    final JsonNode method = call.get("method");
    if (method == null || !method.isTextual()) {
      return Optional.of(errorNode(replyId, JsonRpcError.INVALID_REQUEST,
          "Invalid Request: method must be a string", null));
    }
    final JsonNode params = call.get("params");
    if (params != null && !params.isArray() && !params.isObject()) {
      return Optional.of(errorNode(replyId, JsonRpcError.INVALID_REQUEST,
          "Invalid Request: params must be an array or an object", null));
    }
    final JsonRpcResponse response = dispatch(new JsonRpcRequest(id, method.textValue(), params, session));
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(toNode(replyId, response));
  }

  private JsonRpcResponse dispatch(final JsonRpcRequest request) {
    final long started = System.nanoTime();
    final JsonRpcResponse response = answer(request);
    // Unknown names are the caller's to choose: one label for them all keeps the metrics' cardinality bounded.
    final String name = methods.get(request.method()).isPresent() ? request.method() : "unknown";
    observer.completed(name, System.nanoTime() - started, response instanceof JsonRpcResponse.Error);
    return response;
  }

  private JsonRpcResponse answer(final JsonRpcRequest request) {
    final Optional<JsonRpcMethod> method = methods.get(request.method());
    if (method.isEmpty()) {
      return JsonRpcResponse.error(JsonRpcError.METHOD_NOT_FOUND,
          "the method " + request.method() + " does not exist/is not available");
    }
    try {
      return method.get().response(request);
    } catch (InvalidJsonRpcParameters e) {
      return JsonRpcResponse.error(JsonRpcError.INVALID_PARAMS, e.getMessage());
    } catch (StatePrunedException e) {
      // geth answers -32000 "missing trie node" here; the message says which blocks this node still has.
      return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("JSON-RPC {} failed", request.method(), e);
      return JsonRpcResponse.error(JsonRpcError.INTERNAL_ERROR);
    }
  }

  /** The reply object for a response, also used for subscription results. */
  public ObjectNode toNode(final JsonNode id, final JsonRpcResponse response) {
    if (response instanceof JsonRpcResponse.Error error) {
      return errorNode(id, error.error(), error.message(), error.data());
    }
    final ObjectNode node = envelope(id);
    node.set("result", mapper.valueToTree(((JsonRpcResponse.Success) response).result()));
    return node;
  }

  private ObjectNode errorNode(final JsonNode id, final JsonRpcError error, final String message, final Object data) {
    final ObjectNode node = envelope(id);
    final ObjectNode err = node.putObject("error");
    err.put("code", error.code());
    err.put("message", message);
    if (data != null) {
      err.set("data", mapper.valueToTree(data));
    }
    return node;
  }

  private ObjectNode envelope(final JsonNode id) {
    final ObjectNode node = mapper.createObjectNode();
    node.put("jsonrpc", "2.0");
    node.set("id", id);
    return node;
  }

  private byte[] write(final JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot serialise a JSON-RPC reply", e);
    }
  }
}
