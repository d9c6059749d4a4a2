package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.rpc.JsonRpcProcessor;
import io.tributary.rpc.RpcSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON-RPC calls into a processor as an HTTP client would make them, for the method tests' chain fixtures. */
final class RpcCalls {
  private final JsonRpcProcessor processor;
  private final ObjectMapper mapper = new ObjectMapper();

  RpcCalls(final JsonRpcProcessor processor) {
    this.processor = processor;
  }

  /** The {@code result} of a call; fails the test on an error. */
  JsonNode result(final String method, final String params) {
    final JsonNode reply = call(method, params);
    assertThat(reply.has("error")).as("%s(%s) answered %s", method, params, reply).isFalse();
    return reply.get("result");
  }

  /** The {@code error} of a call; fails the test on a result. */
  JsonNode error(final String method, final String params) {
    final JsonNode reply = call(method, params);
    assertThat(reply.has("error")).as("%s(%s) answered %s", method, params, reply).isTrue();
    return reply.get("error");
  }

  JsonNode call(final String method, final String params) {
    final String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
    final byte[] reply = processor.process(body.getBytes(StandardCharsets.UTF_8), RpcSession.HTTP).orElseThrow();
    try {
      return mapper.readTree(reply);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
