package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethods;
import io.tributary.rpc.JsonRpcProcessor;
import io.tributary.rpc.RpcSession;
import io.tributary.rpc.query.GasPriceOracle;
import io.tributary.rpc.query.LogQueryLimits;
import io.tributary.rpc.query.LogSearch;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Coverage-guided fuzzing (Jazzer) of JSON-RPC request bodies, from the bytes of an HTTP body or WebSocket frame to
 * the reply, served by the read methods over {@link ReadChain}'s four blocks: the processor never throws, every reply
 * is JSON, and a bad request or bad parameters are answered with their JSON-RPC error, never -32603 (an internal
 * error is a method that threw on input it should have refused). Seeds: {@code JsonRpcProcessorFuzzTestInputs}.
 */
class JsonRpcProcessorFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonRpcProcessor PROCESSOR = processor();

  @DictionaryEntries({"\"jsonrpc\"", "\"2.0\"", "\"method\"", "\"params\"", "\"id\"", "\"latest\"", "\"earliest\"",
      "\"pending\"", "\"safe\"", "\"finalized\"", "\"0x\"", "\"blockHash\"", "\"blockNumber\"", "\"fromBlock\"",
      "\"toBlock\"", "\"address\"", "\"topics\"", "\"requireCanonical\"", "eth_getBlockByNumber", "eth_getLogs",
      "eth_getBalance", "eth_getProof", "eth_feeHistory", "eth_getStorageAt", "eth_getTransactionByBlockNumberAndIndex",
      "eth_getTransactionCount", "web3_sha3", "0x1cbd", "0xffffffffffffffff", "1e400", "null", "true", "[]", "{}"})
  @FuzzTest
  void everyReplyIsJsonAndNoneIsAnInternalError(final byte[] body) throws IOException {
    final Optional<byte[]> reply = PROCESSOR.process(body, RpcSession.HTTP);
    if (reply.isEmpty()) {
      return;
    }
    final JsonNode json = MAPPER.readTree(reply.get());
    for (final JsonNode answer : json.isArray() ? json : MAPPER.createArrayNode().add(json)) {
      assertThat(answer.path("error").path("code").asInt(0)).as("reply %s", answer)
          .isNotEqualTo(JsonRpcError.INTERNAL_ERROR.code());
    }
  }

  private static JsonRpcProcessor processor() {
    final ReadChain chain = new ReadChain();
    final var queries = chain.queries;
    final GasPriceOracle oracle = new GasPriceOracle(queries);
    return new JsonRpcProcessor(new JsonRpcMethods()
        .register(new EthChainId(ChainFixture.CHAIN_ID))
        .register(new NetVersion(ChainFixture.CHAIN_ID))
        .register(new Web3ClientVersion("tributary/fuzz"))
        .register(new Web3Sha3())
        .register(new EthBlockNumber(queries))
        .register(new EthGetBlockByNumber(queries))
        .register(new EthGetBlockByHash(queries))
        .register(new EthGetBlockTransactionCountByNumber(queries))
        .register(new EthGetBlockTransactionCountByHash(queries))
        .register(new EthGetTransactionByHash(queries, hash -> Optional.empty()))
        .register(new EthGetTransactionByBlockNumberAndIndex(queries))
        .register(new EthGetTransactionByBlockHashAndIndex(queries))
        .register(new EthGetTransactionReceipt(queries))
        .register(new EthGetBalance(queries))
        .register(new EthGetTransactionCount(queries, (sender, stateNonce) -> OptionalLong.empty()))
        .register(new EthGetCode(queries))
        .register(new EthGetStorageAt(queries))
        .register(new EthGetProof(queries))
        .register(new EthGetLogs(queries, new LogSearch(chain.chain, LogQueryLimits.DEFAULT)))
        .register(new EthGasPrice(oracle))
        .register(new EthMaxPriorityFeePerGas(oracle))
        .register(new EthFeeHistory(queries))
        .register(new AiGetDataset(queries, chain.archive))
        .register(new AiListDatasets(queries, chain.archive))
        .register(new AiGetModel(queries, chain.archive))
        .register(new AiListModels(queries, chain.archive))
        .register(new AiGetInference(queries, chain.archive))
        .register(new AiGetRoyalties(queries, chain.archive))
        .register(new GovGetProposal(queries, chain.archive))
        .register(new GovListProposals(queries, chain.archive))
        .register(new GovGetTally(queries, chain.archive))
        .register(new GovGetVotes(queries, chain.archive)), 10);
  }
}
