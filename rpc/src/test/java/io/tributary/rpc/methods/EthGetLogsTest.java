package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.rpc.query.LogQueryLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EthGetLogsTest {
  private final ReadChain chain = new ReadChain();
  private final String contract = "\"" + ReadChain.CONTRACT.toHexString() + "\"";
  private final String other = "\"" + ReadChain.OTHER.toHexString() + "\"";
  private final String a = "\"" + ReadChain.TOPIC_A.toHexString() + "\"";
  private final String b = "\"" + ReadChain.TOPIC_B.toHexString() + "\"";
  private final String c = "\"" + ReadChain.TOPIC_C.toHexString() + "\"";

  private List<String> logIndexes(final String filter) {
    final JsonNode logs = chain.result("eth_getLogs", "[" + filter + "]");
    final List<String> found = new ArrayList<>();
    logs.forEach(log -> found.add(log.get("blockNumber").asText() + "/" + log.get("logIndex").asText()));
    return found;
  }

  @Test
  void anEmptyFilterOverTheChainGivesEveryLogInChainOrder() {
    final JsonNode logs = chain.result("eth_getLogs", "[{\"fromBlock\": \"earliest\", \"toBlock\": \"latest\"}]");
    assertThat(logs).hasSize(3);
    assertThat(logIndexes("{\"fromBlock\": \"0x0\"}")).containsExactly("0x1/0x0", "0x1/0x1", "0x1/0x2");
    final JsonNode last = logs.get(2);
    assertThat(last.get("address").asText()).isEqualTo(ReadChain.OTHER.toHexString());
    assertThat(last.get("transactionHash").asText()).isEqualTo(chain.tx(1, 1).hash().toHexString());
    assertThat(last.get("transactionIndex").asText()).isEqualTo("0x1");
    assertThat(last.get("blockHash").asText()).isEqualTo(chain.block(1).hash().toHexString());
    assertThat(last.get("data").asText()).isEqualTo("0x");
    assertThat(last.get("removed").asBoolean()).isFalse();
  }

  @Test
  void theDefaultRangeIsTheLatestBlockOnly() {
    assertThat(chain.result("eth_getLogs", "[{}]")).isEmpty();
  }

  @Test
  void addressesSelectTheEmittersSingleOrAsAnArray() {
    assertThat(logIndexes("{\"fromBlock\": \"0x0\", \"address\": " + contract + "}")).containsExactly("0x1/0x0",
        "0x1/0x1");
    assertThat(logIndexes("{\"fromBlock\": \"0x0\", \"address\": [" + other + "]}")).containsExactly("0x1/0x2");
    assertThat(logIndexes("{\"fromBlock\": \"0x0\", \"address\": [" + other + ", " + contract + "]}")).hasSize(3);
    assertThat(logIndexes("{\"fromBlock\": \"0x0\", \"address\": \"0x00000000000000000000000000000000000000bb\"}"))
        .isEmpty();
  }

  @Test
  void topicsMatchByPositionWithNullWildcardsAndOrArrays() {
    assertThat(logIndexes("{\"fromBlock\": \"0x0\", \"topics\": [" + a + "]}")).containsExactly("0x1/0x0", "0x1/0x1");
    assertThat(logIndexes("{\"fromBlock\": \"0x0\", \"topics\": [null, " + a + "]}")).containsExactly("0x1/0x2");
    assertThat(logIndexes("{\"fromBlock\": \"0x0\", \"topics\": [null, [" + a + ", " + b + "]]}"))
        .containsExactly("0x1/0x0", "0x1/0x2");
    assertThat(logIndexes("{\"fromBlock\": \"0x0\", \"topics\": [[" + c + ", " + a + "]]}")).hasSize(3);
    // A wildcard position still requires the log to have a topic there.
    assertThat(logIndexes("{\"fromBlock\": \"0x0\", \"topics\": [null, null]}")).containsExactly("0x1/0x0",
        "0x1/0x2");
    assertThat(logIndexes("{\"fromBlock\": \"0x0\", \"topics\": [" + a + "], \"address\": " + other + "}")).isEmpty();
  }

  @Test
  void aBlockHashSelectsOneBlock() {
    final String hash = "\"" + chain.block(1).hash().toHexString() + "\"";
    assertThat(logIndexes("{\"blockHash\": " + hash + ", \"topics\": [" + a + "]}")).containsExactly("0x1/0x0",
        "0x1/0x1");
    assertThat(chain.result("eth_getLogs", "[{\"blockHash\": \"" + chain.block(2).hash().toHexString() + "\"}]"))
        .isEmpty();
    final JsonNode unknown = chain.error("eth_getLogs", "[{\"blockHash\": \"0x" + "ee".repeat(32) + "\"}]");
    assertThat(unknown.get("message").asText()).isEqualTo("unknown block");
  }

  @Test
  void aBlockHashWithARangeIsRefused() {
    final JsonNode error = chain.error("eth_getLogs",
        "[{\"blockHash\": \"" + chain.block(1).hash().toHexString() + "\", \"fromBlock\": \"0x0\"}]");
    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).contains("both blockHash and fromBlock/toBlock");
  }

  @Test
  void rangesPastTheHeadAreCutAtIt() {
    assertThat(logIndexes("{\"fromBlock\": \"0x1\", \"toBlock\": \"0x64\"}")).hasSize(3);
    assertThat(logIndexes("{\"fromBlock\": \"0x10\", \"toBlock\": \"0x64\"}")).isEmpty();
  }

  @Test
  void badFiltersAreInvalidParamsThatSayWhatIsWrong() {
    assertThat(chain.error("eth_getLogs", "[{\"fromBlock\": \"0x2\", \"toBlock\": \"0x1\"}]").get("message").asText())
        .contains("invalid block range params");
    assertThat(chain.error("eth_getLogs", "[{\"address\": \"0x1234\"}]").get("message").asText())
        .isEqualTo("invalid address: 0x1234");
    final JsonNode topic = chain.error("eth_getLogs", "[{\"topics\": [\"0x12\"]}]");
    assertThat(topic.get("code").asInt()).isEqualTo(-32602);
    assertThat(topic.get("message").asText()).contains("invalid topic at topics[0]");
    assertThat(chain.error("eth_getLogs", "[{\"topics\": [null, null, null, null, null]}]").get("message").asText())
        .contains("more than 4");
    assertThat(chain.error("eth_getLogs", "[\"latest\"]").get("code").asInt()).isEqualTo(-32602);
  }

  @Test
  void tooWideARangeOrTooManyResultsIsLimitExceeded() {
    final ReadChain limited = new ReadChain(new LogQueryLimits(2, 2));
    final JsonNode range = limited.error("eth_getLogs", "[{\"fromBlock\": \"0x0\", \"toBlock\": \"0x3\"}]");
    assertThat(range.get("code").asInt()).isEqualTo(-32005);
    assertThat(range.get("message").asText()).isEqualTo("exceed maximum block range: 2");
    final JsonNode results = limited.error("eth_getLogs", "[{\"fromBlock\": \"0x0\", \"toBlock\": \"0x1\"}]");
    assertThat(results.get("code").asInt()).isEqualTo(-32005);
    assertThat(results.get("message").asText()).isEqualTo("query returned more than 2 results");
    assertThat(limited.result("eth_getLogs", "[{\"fromBlock\": \"0x0\", \"toBlock\": \"0x1\", \"address\": "
        + contract + "}]")).hasSize(2);
  }
}
