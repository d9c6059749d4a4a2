package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.Block;
import org.junit.jupiter.api.Test;

class BlockMethodsTest {
  private final ReadChain chain = new ReadChain();

  @Test
  void blockNumberIsTheHeadsHeight() {
    assertThat(chain.result("eth_blockNumber", "[]").asText()).isEqualTo("0x3");
  }

  @Test
  void getBlockByNumberPrintsEveryHeaderFieldAsGethDoes() {
    final Block block = chain.block(1);
    final JsonNode json = chain.result("eth_getBlockByNumber", "[\"0x1\", false]");
    assertThat(json.get("number").asText()).isEqualTo("0x1");
    assertThat(json.get("hash").asText()).isEqualTo(block.hash().toHexString());
    assertThat(json.get("parentHash").asText()).isEqualTo(chain.block(0).hash().toHexString());
    assertThat(json.get("sha3Uncles").asText())
        .isEqualTo("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");
    assertThat(json.get("miner").asText()).isEqualTo(ReadChain.OTHER.toHexString());
    assertThat(json.get("stateRoot").asText()).isEqualTo(block.header().stateRoot().toHexString());
    assertThat(json.get("transactionsRoot").asText()).isEqualTo(block.header().transactionsRoot().toHexString());
    assertThat(json.get("receiptsRoot").asText()).isEqualTo(block.header().receiptsRoot().toHexString());
    assertThat(json.get("logsBloom").asText()).hasSize(2 + 512);
    assertThat(json.get("difficulty").asText()).isEqualTo("0x0");
    assertThat(json.get("totalDifficulty").asText()).isEqualTo("0x0");
    assertThat(json.get("gasLimit").asText()).isEqualTo("0x1c9c380");
    assertThat(json.get("gasUsed").asText()).isEqualTo("0xa410");
    assertThat(json.get("timestamp").asText()).isEqualTo("0x2");
    assertThat(json.get("extraData").asText()).isEqualTo("0x");
    assertThat(json.get("mixHash").asText()).isEqualTo("0x" + "0".repeat(64));
    assertThat(json.get("nonce").asText()).isEqualTo("0x0000000000000000");
    assertThat(json.get("baseFeePerGas").asText()).isEqualTo("0x342770c0");
    assertThat(json.get("withdrawalsRoot").asText())
        .isEqualTo("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
    assertThat(json.get("withdrawals")).isEmpty();
    assertThat(json.get("blobGasUsed").asText()).isEqualTo("0x0");
    assertThat(json.get("excessBlobGas").asText()).isEqualTo("0x0");
    assertThat(json.get("parentBeaconBlockRoot").asText()).isEqualTo("0x" + "0".repeat(64));
    assertThat(json.get("size").asText()).isEqualTo("0x" + Integer.toHexString(block.encoded().size()));
    assertThat(json.get("uncles")).isEmpty();
    assertThat(json.get("transactions")).hasSize(2);
    assertThat(json.get("transactions").get(0).asText()).isEqualTo(chain.tx(1, 0).hash().toHexString());
  }

  @Test
  void getBlockByNumberWithFullTransactionsGivesObjectsWithTheirBlockAndPosition() {
    final JsonNode txs = chain.result("eth_getBlockByNumber", "[\"0x1\", true]").get("transactions");
    assertThat(txs).hasSize(2);
    assertThat(txs.get(1).get("hash").asText()).isEqualTo(chain.tx(1, 1).hash().toHexString());
    assertThat(txs.get(1).get("blockHash").asText()).isEqualTo(chain.block(1).hash().toHexString());
    assertThat(txs.get(1).get("blockNumber").asText()).isEqualTo("0x1");
    assertThat(txs.get(1).get("transactionIndex").asText()).isEqualTo("0x1");
    assertThat(txs.get(1).get("from").asText()).isEqualTo(ReadChain.BOB.address().toHexString());
  }

  @Test
  void tagsNameTheHeadOrTheGenesisBlock() {
    final String head = chain.block(3).hash().toHexString();
    for (final String tag : new String[] {"latest", "pending", "safe", "finalized"}) {
      assertThat(chain.result("eth_getBlockByNumber", "[\"" + tag + "\", false]").get("hash").asText())
          .as(tag).isEqualTo(head);
    }
    assertThat(chain.result("eth_getBlockByNumber", "[\"earliest\", false]").get("hash").asText())
        .isEqualTo(chain.block(0).hash().toHexString());
  }

  @Test
  void getBlockByHashFindsTheSameBlock() {
    final String hash = chain.block(2).hash().toHexString();
    final JsonNode json = chain.result("eth_getBlockByHash", "[\"" + hash + "\", false]");
    assertThat(json).isEqualTo(chain.result("eth_getBlockByNumber", "[\"0x2\", false]"));
  }

  @Test
  void unknownBlocksAreNull() {
    assertThat(chain.result("eth_getBlockByNumber", "[\"0x64\", false]").isNull()).isTrue();
    assertThat(chain.result("eth_getBlockByHash", "[\"0x" + "ab".repeat(32) + "\", true]").isNull()).isTrue();
    assertThat(chain.result("eth_getBlockTransactionCountByNumber", "[\"0x64\"]").isNull()).isTrue();
    assertThat(chain.result("eth_getBlockTransactionCountByHash", "[\"0x" + "ab".repeat(32) + "\"]").isNull())
        .isTrue();
  }

  @Test
  void transactionCountsByNumberAndByHashAgree() {
    assertThat(chain.result("eth_getBlockTransactionCountByNumber", "[\"0x1\"]").asText()).isEqualTo("0x2");
    assertThat(chain.result("eth_getBlockTransactionCountByNumber", "[\"latest\"]").asText()).isEqualTo("0x0");
    assertThat(chain.result("eth_getBlockTransactionCountByHash",
        "[\"" + chain.block(2).hash().toHexString() + "\"]").asText()).isEqualTo("0x2");
  }

  @Test
  void malformedParametersAreInvalidParamsThatSayWhatIsWrong() {
    JsonNode error = chain.error("eth_getBlockByNumber", "[\"0x01\", false]");
    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).contains("leading zeros");
    error = chain.error("eth_getBlockByNumber", "[\"newest\", false]");
    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).contains("block number");
    error = chain.error("eth_getBlockByNumber", "[\"0x1\"]");
    assertThat(error.get("message").asText()).contains("full transactions flag");
    error = chain.error("eth_getBlockByHash", "[\"0x12\", false]");
    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).contains("block hash");
  }
}
