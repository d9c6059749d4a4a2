package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.transaction.Transaction;
import io.tributary.rpc.results.ReceiptResult;
import org.junit.jupiter.api.Test;

class TransactionMethodsTest {
  private static final String UNKNOWN = "\"0x" + "cd".repeat(32) + "\"";

  private final ReadChain chain = new ReadChain();

  private static String quoted(final Object value) {
    return "\"" + value + "\"";
  }

  @Test
  void getTransactionByHashShowsAMinedTransactionWithItsBlock() {
    final Transaction tx = chain.tx(1, 1);
    final JsonNode json = chain.result("eth_getTransactionByHash", "[" + quoted(tx.hash().toHexString()) + "]");
    assertThat(json.get("hash").asText()).isEqualTo(tx.hash().toHexString());
    assertThat(json.get("blockHash").asText()).isEqualTo(chain.block(1).hash().toHexString());
    assertThat(json.get("blockNumber").asText()).isEqualTo("0x1");
    assertThat(json.get("transactionIndex").asText()).isEqualTo("0x1");
    assertThat(json.get("type").asText()).isEqualTo("0x2");
    assertThat(json.get("from").asText()).isEqualTo(ReadChain.BOB.address().toHexString());
    assertThat(json.get("to").asText()).isEqualTo(ReadChain.CAROL.address().toHexString());
    assertThat(json.get("maxFeePerGas").asText()).isEqualTo("0x12a05f200");
    assertThat(json.get("maxPriorityFeePerGas").asText()).isEqualTo("0x77359400");
    // Mined dynamic-fee transactions show what they paid: base fee 0.875 gwei + 2 gwei tip, under the 5 gwei cap.
    assertThat(json.get("gasPrice").asText()).isEqualTo("0xab5d04c0");
  }

  @Test
  void getTransactionByHashShowsAPooledTransactionWithoutABlock() {
    final Transaction tx = chain.pooled();
    final JsonNode json = chain.result("eth_getTransactionByHash", "[" + quoted(tx.hash().toHexString()) + "]");
    assertThat(json.get("hash").asText()).isEqualTo(tx.hash().toHexString());
    assertThat(json.get("blockHash").isNull()).isTrue();
    assertThat(json.get("blockNumber").isNull()).isTrue();
    assertThat(json.get("transactionIndex").isNull()).isTrue();
    assertThat(chain.result("eth_getTransactionReceipt", "[" + quoted(tx.hash().toHexString()) + "]").isNull())
        .isTrue();
  }

  @Test
  void unknownTransactionsAndReceiptsAreNull() {
    assertThat(chain.result("eth_getTransactionByHash", "[" + UNKNOWN + "]").isNull()).isTrue();
    assertThat(chain.result("eth_getTransactionReceipt", "[" + UNKNOWN + "]").isNull()).isTrue();
  }

  @Test
  void transactionsByBlockAndIndexMatchTheHashLookup() {
    final String byHash = quoted(chain.tx(2, 1).hash().toHexString());
    final JsonNode expected = chain.result("eth_getTransactionByHash", "[" + byHash + "]");
    assertThat(chain.result("eth_getTransactionByBlockNumberAndIndex", "[\"0x2\", \"0x1\"]")).isEqualTo(expected);
    assertThat(chain.result("eth_getTransactionByBlockHashAndIndex",
        "[" + quoted(chain.block(2).hash().toHexString()) + ", \"0x1\"]")).isEqualTo(expected);
  }

  @Test
  void anIndexPastTheBlocksTransactionsOrAnUnknownBlockIsNull() {
    assertThat(chain.result("eth_getTransactionByBlockNumberAndIndex", "[\"0x2\", \"0x2\"]").isNull()).isTrue();
    assertThat(chain.result("eth_getTransactionByBlockNumberAndIndex", "[\"0x9\", \"0x0\"]").isNull()).isTrue();
    assertThat(chain.result("eth_getTransactionByBlockHashAndIndex", "[" + UNKNOWN + ", \"0x0\"]").isNull()).isTrue();
    assertThat(chain.error("eth_getTransactionByBlockNumberAndIndex", "[\"0x2\", \"two\"]").get("message").asText())
        .contains("transaction index");
  }

  @Test
  void legacyReceiptHasGethsShapeWithItsOwnGasAndPrice() {
    final Transaction tx = chain.tx(1, 0);
    final JsonNode json = chain.result("eth_getTransactionReceipt", "[" + quoted(tx.hash().toHexString()) + "]");
    assertThat(json.get("transactionHash").asText()).isEqualTo(tx.hash().toHexString());
    assertThat(json.get("blockHash").asText()).isEqualTo(chain.block(1).hash().toHexString());
    assertThat(json.get("blockNumber").asText()).isEqualTo("0x1");
    assertThat(json.get("transactionIndex").asText()).isEqualTo("0x0");
    assertThat(json.get("type").asText()).isEqualTo("0x0");
    assertThat(json.get("status").asText()).isEqualTo("0x1");
    assertThat(json.get("from").asText()).isEqualTo(ReadChain.ALICE.address().toHexString());
    assertThat(json.get("to").asText()).isEqualTo(ReadChain.BOB.address().toHexString());
    assertThat(json.get("contractAddress").isNull()).isTrue();
    assertThat(json.get("gasUsed").asText()).isEqualTo("0x5208");
    assertThat(json.get("cumulativeGasUsed").asText()).isEqualTo("0x5208");
    assertThat(json.get("effectiveGasPrice").asText()).isEqualTo("0xb2d05e00");
    assertThat(json.get("logsBloom").asText()).hasSize(2 + 512);
    final JsonNode log = json.get("logs").get(0);
    assertThat(log.get("address").asText()).isEqualTo(ReadChain.CONTRACT.toHexString());
    assertThat(log.get("topics").get(1).asText()).isEqualTo(ReadChain.TOPIC_B.toHexString());
    assertThat(log.get("data").asText()).isEqualTo("0x01");
    assertThat(log.get("logIndex").asText()).isEqualTo("0x0");
    assertThat(log.get("removed").asBoolean()).isFalse();
  }

  @Test
  void secondReceiptCountsItsGasAndLogsAfterTheFirst() {
    final Transaction tx = chain.tx(1, 1);
    final JsonNode json = chain.result("eth_getTransactionReceipt", "[" + quoted(tx.hash().toHexString()) + "]");
    assertThat(json.get("gasUsed").asText()).isEqualTo("0x5208");
    assertThat(json.get("cumulativeGasUsed").asText()).isEqualTo("0xa410");
    assertThat(json.get("type").asText()).isEqualTo("0x2");
    assertThat(json.get("effectiveGasPrice").asText()).isEqualTo("0xab5d04c0");
    assertThat(json.get("logs")).hasSize(2);
    assertThat(json.get("logs").get(0).get("logIndex").asText()).isEqualTo("0x1");
    assertThat(json.get("logs").get(1).get("logIndex").asText()).isEqualTo("0x2");
    assertThat(json.get("logs").get(1).get("transactionIndex").asText()).isEqualTo("0x1");
    assertThat(json.get("logs").get(1).get("transactionHash").asText()).isEqualTo(tx.hash().toHexString());
    assertThat(json.get("logs").get(1).get("blockHash").asText()).isEqualTo(chain.block(1).hash().toHexString());
  }

  @Test
  void creationReceiptNamesTheNewContractAndAFailedOneHasStatusZero() {
    final Transaction create = chain.tx(2, 0);
    final JsonNode created = chain.result("eth_getTransactionReceipt",
        "[" + quoted(create.hash().toHexString()) + "]");
    assertThat(created.get("to").isNull()).isTrue();
    assertThat(created.get("contractAddress").asText())
        .isEqualTo(ReceiptResult.contractAddress(ReadChain.ALICE.address(), 1).toHexString());
    final JsonNode failed = chain.result("eth_getTransactionReceipt",
        "[" + quoted(chain.tx(2, 1).hash().toHexString()) + "]");
    assertThat(failed.get("status").asText()).isEqualTo("0x0");
    assertThat(failed.get("gasUsed").asText()).isEqualTo("0x7530");
  }

  @Test
  void contractAddressesFollowTheSenderAndNonceRule() {
    // A well-known vector: the first contract of 0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0.
    assertThat(ReceiptResult.contractAddress(
        io.tributary.core.types.Address.fromHexString("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0"), 0)
        .toHexString()).isEqualTo("0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d");
  }

  @Test
  void aMalformedHashIsInvalidParams() {
    final JsonNode error = chain.error("eth_getTransactionByHash", "[\"0x1234\"]");
    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).contains("transaction hash").contains("32 bytes");
  }
}
