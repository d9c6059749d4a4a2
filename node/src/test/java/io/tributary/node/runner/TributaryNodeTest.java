package io.tributary.node.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.genesis.GenesisAccount;
import io.tributary.genesis.GenesisConfig;
import io.tributary.node.cli.dev.DevAccounts;
import io.tributary.rpc.server.RpcServerConfig;
import io.tributary.poa.AttributionBackend;
import io.tributary.state.world.StateRetention;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TributaryNodeTest {
  private static final DevAccounts KEYS = new DevAccounts();
  private static final KeyPair ALICE = KEYS.accounts(1).get(0);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dataDir;

  private NodeConfig config(final long chainId) {
    final GenesisConfig genesis = new GenesisConfig(chainId, 30_000_000, GenesisConfig.DEFAULT_BASE_FEE, 0,
        List.of(KEYS.validator().address()), Map.of(ALICE.address(), GenesisAccount.funded(Wei.ofTrib(10))));
    return new NodeConfig(dataDir, genesis, KEYS.validator(), RpcServerConfig.defaults().withPort(0),
        Duration.ofMillis(100), TransactionPoolConfig.DEFAULT, StateRetention.defaults(), Clock.systemUTC(),
        AttributionBackend.REFERENCE);
  }

  private JsonNode call(final int port, final String method, final String params) throws Exception {
    final HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method
            + "\",\"params\":" + params + "}"))
        .build();
    return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  private static void waitFor(final java.util.function.BooleanSupplier condition) throws InterruptedException {
    final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(20);
    }
  }

  @Test
  void minesASubmittedTransferAndKeepsItAcrossARestart() throws Exception {
    final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(7357L)
        .nonce(0).maxPriorityFeePerGas(Wei.of(1_000_000_000L)).maxFeePerGas(Wei.of(3_000_000_000L)).gasLimit(21_000)
        .to(Address.of(0xb0b)).value(Wei.ofTrib(1)), ALICE);
    final long head;
    try (TributaryNode node = TributaryNode.start(config(7357))) {
      final JsonNode sent = call(node.rpcPort(), "eth_sendRawTransaction", "[\"" + tx.encoded().toHexString() + "\"]");
      assertThat(sent.get("result").asText()).isEqualTo(tx.hash().toHexString());
      waitFor(() -> node.chain().transactionLocation(tx.hash()).isPresent());

      final JsonNode again = call(node.rpcPort(), "eth_sendRawTransaction", "[\"" + tx.encoded().toHexString() + "\"]");
      assertThat(again.get("error").get("code").asInt()).isEqualTo(-32000);
      assertThat(again.get("error").get("message").asText()).startsWith("nonce too low");
      head = node.chain().headHeader().orElseThrow().number();
    }
    try (TributaryNode reopened = TributaryNode.start(config(7357))) {
      assertThat(reopened.chain().headHeader().orElseThrow().number()).isGreaterThanOrEqualTo(head);
      assertThat(reopened.chain().transactionLocation(tx.hash())).isPresent();
      final long before = reopened.chain().headHeader().orElseThrow().number();
      waitFor(() -> reopened.chain().headHeader().orElseThrow().number() > before + 2);
    }
  }

  @Test
  void refusesASecondNodeOnTheSameDataDir() throws Exception {
    try (TributaryNode first = TributaryNode.start(config(7357))) {
      assertThatThrownBy(() -> TributaryNode.start(config(7357))).hasMessageContaining("already in use");
      assertThat(first.chain().headHeader()).isPresent();
    }
  }

  @Test
  void refusesADataDirOfAnotherChainId() throws Exception {
    TributaryNode.start(config(7357)).close();
    assertThatThrownBy(() -> TributaryNode.start(config(7358)))
        .isInstanceOf(GenesisMismatchException.class)
        .hasMessageContaining("holds chain id 7357, not 7358");
  }

  @Test
  void refusesADataDirStartedFromAnotherGenesis() throws Exception {
    TributaryNode.start(config(7357)).close();
    final NodeConfig base = config(7357);
    final GenesisConfig other = new GenesisConfig(7357, 30_000_000, GenesisConfig.DEFAULT_BASE_FEE, 0,
        base.genesis().validators(), Map.of(ALICE.address(), GenesisAccount.funded(Wei.ofTrib(11))));
    assertThatThrownBy(() -> TributaryNode.start(new NodeConfig(dataDir, other, base.validatorKey(), base.rpc(),
        base.blockPeriod(), base.pool(), base.retention(), base.clock(), base.poaBackend())))
        .isInstanceOf(GenesisMismatchException.class)
        .hasMessageContaining("holds a chain whose genesis is");
  }
}
