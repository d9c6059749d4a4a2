package io.tributary.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.types.Hash;
import io.tributary.rpc.methods.EthChainId;
import io.tributary.rpc.methods.NetVersion;
import io.tributary.rpc.methods.Web3ClientVersion;
import io.tributary.rpc.methods.Web3Sha3;
import io.tributary.state.world.StatePrunedException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonRpcProcessorTest {
  private final JsonRpcProcessor processor = new JsonRpcProcessor(new JsonRpcMethods()
      .register(new EthChainId(7357))
      .register(new NetVersion(7357))
      .register(new Web3ClientVersion("tributary/test"))
      .register(new Web3Sha3())
      .register(new JsonRpcMethod() {
        @Override
        public String name() {
          return "eth_getBalance";
        }

        @Override
        public JsonRpcResponse response(final JsonRpcRequest request) {
          throw new StatePrunedException(Hash.ZERO, "the state of block 5 is not available: this node keeps the"
              + " states of blocks 300 onwards; older ones are pruned");
        }
      }), 3);
  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode call(final String body) throws Exception {
    final Optional<byte[]> reply = processor.process(body.getBytes(StandardCharsets.UTF_8), RpcSession.HTTP);
    assertThat(reply).as("a reply for " + body).isPresent();
    return mapper.readTree(reply.get());
  }

  @Test
  void answersASingleCallWithItsIdAndResult() throws Exception {
    final JsonNode reply = call("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"eth_chainId\",\"params\":[]}");
    assertThat(reply.get("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(reply.get("id").asInt()).isEqualTo(7);
    assertThat(reply.get("result").asText()).isEqualTo("0x1cbd");
  }

  @Test
  void answersAReadOfAPrunedStateWithAServerErrorNamingTheBlocksKept() throws Exception {
    final JsonNode error = call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getBalance\",\"params\":[]}")
        .get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32000);
    assertThat(error.get("message").asText()).contains("keeps the states of blocks 300 onwards");
  }

  @Test
  void keepsStringIdsAndAcceptsMissingParams() throws Exception {
    final JsonNode reply = call("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"net_version\"}");
    assertThat(reply.get("id").asText()).isEqualTo("abc");
    assertThat(reply.get("result").asText()).isEqualTo("7357");
  }

  @Test
  void reportsMalformedJsonAsAParseError() throws Exception {
    final JsonNode reply = call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");
    assertThat(reply.get("error").get("code").asInt()).isEqualTo(-32700);
    assertThat(reply.get("id").isNull()).isTrue();
  }

  @Test
  void rejectsTrailingGarbageAfterTheRequest() throws Exception {
    final JsonNode reply = call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"} x");
    assertThat(reply.get("error").get("code").asInt()).isEqualTo(-32700);
  }

  @Test
  void rejectsDeeplyNestedJsonWithoutExhaustingTheStack() throws Exception {
    final String deep = "[".repeat(10_000) + "]".repeat(10_000);
    final JsonNode reply = call(deep);
    assertThat(reply.get("error").get("code").asInt()).isEqualTo(-32700);
  }

  @Test
  void reportsAWrongVersionOrMissingMethodAsAnInvalidRequest() throws Exception {
    assertThat(call("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"eth_chainId\"}").get("error").get("code").asInt())
        .isEqualTo(-32600);
    assertThat(call("{\"jsonrpc\":\"2.0\",\"id\":1}").get("error").get("code").asInt()).isEqualTo(-32600);
    assertThat(call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":5}").get("error").get("code")
        .asInt()).isEqualTo(-32600);
    assertThat(call("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"eth_chainId\"}").get("error").get("code").asInt())
        .isEqualTo(-32600);
  }

  @Test
  void namesAnUnknownMethod() throws Exception {
    final JsonNode error = call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_nope\"}").get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32601);
    assertThat(error.get("message").asText()).contains("eth_nope");
  }

  @Test
  void explainsInvalidParams() throws Exception {
    final JsonNode error = call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_sha3\",\"params\":[\"0xabc\"]}")
        .get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).contains("data at params[0]");
    assertThat(call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_sha3\",\"params\":[]}").get("error")
        .get("message").asText()).contains("missing data");
  }

  @Test
  void hashesWithWeb3Sha3() throws Exception {
    final JsonNode reply = call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_sha3\",\"params\":[\"0x68656c6c6f20776f726c64\"]}");
    assertThat(reply.get("result").asText())
        .isEqualTo("0x47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad");
  }

  @Test
  void answersABatchInOrderAndSkipsNotifications() throws Exception {
    final JsonNode reply = call("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"},"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"net_version\"},"
        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"net_version\"}]");
    assertThat(reply.isArray()).isTrue();
    assertThat(reply).hasSize(2);
    assertThat(reply.get(0).get("id").asInt()).isEqualTo(1);
    assertThat(reply.get(1).get("result").asText()).isEqualTo("7357");
  }

  @Test
  void sendsNothingForANotification() {
    assertThat(processor.process("{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\"}".getBytes(StandardCharsets.UTF_8),
        RpcSession.HTTP)).isEmpty();
  }

  @Test
  void rejectsEmptyAndOversizedBatches() throws Exception {
    assertThat(call("[]").get("error").get("code").asInt()).isEqualTo(-32600);
    final String four = "[" + String.join(",", java.util.Collections.nCopies(4,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}")) + "]";
    final JsonNode error = call(four).get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32600);
    assertThat(error.get("message").asText()).contains("limit of 3");
  }

  @Test
  void answersEachInvalidBatchMemberWithItsOwnError() throws Exception {
    final JsonNode reply = call("[1, {\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"eth_chainId\"}]");
    assertThat(reply).hasSize(2);
    assertThat(reply.get(0).get("error").get("code").asInt()).isEqualTo(-32600);
    assertThat(reply.get(1).get("result").asText()).isEqualTo("0x1cbd");
  }
}
