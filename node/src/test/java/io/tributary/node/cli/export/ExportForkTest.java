package io.tributary.node.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.genesis.GenesisBlock;
import io.tributary.genesis.GenesisConfig;
import io.tributary.genesis.GenesisFile;
import io.tributary.node.cli.CliRunner;
import io.tributary.node.cli.InProcessDevNode;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.dev.DevAccounts;
import io.tributary.node.runner.NodeConfig;
import io.tributary.node.runner.TributaryNode;
import io.tributary.poa.AttributionBackend;
import io.tributary.rpc.server.RpcServerConfig;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.StateRetention;
import io.tributary.state.world.WorldStateArchive;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A devnet with a contract holding storage, two datasets, a model, a recorded inference and a proposal in its voting
 * period is stopped and exported at a height below its head (through the tries and the preimages) and at its head
 * (through the flat index); a chain started from the file has that height's state root as its genesis state root and
 * answers the same reads at block 0 as the old chain did at the height. With another chain id and validator set, the
 * root differs by the validator set alone and the fork makes blocks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportForkTest {
  private static final Path EXAMPLE = Path.of(System.getProperty("user.dir")).resolveSibling("examples")
      .resolve("royalties");
  /** Stores 42 at slot 1 and 7 at slot 2, and deploys code that returns slot 1. */
  private static final Bytes INIT_CODE = Bytes.fromHexString(
      "0x602a6001556007600255600b6016600039600b6000f360015460005260206000f3");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private Path dataDir;
  private long height;
  private long head;
  private String stateRoot;
  private String headStateRoot;
  private final List<Address> accounts = new DevAccounts().accounts(5).stream().map(KeyPair::address).toList();
  /** What the old chain answered at {@link #height}: method and params -> result. */
  private final Map<String, JsonNode> reads = new LinkedHashMap<>();
  private final Map<String, List<Object>> readParams = new LinkedHashMap<>();
  private BigInteger totalSupply;

  @BeforeAll
  void runAChainAndStopIt() throws Exception {
    dataDir = tmp.resolve("old");
    try (InProcessDevNode node = new InProcessDevNode(dataDir, 5, 1_000)) {
      final JsonRpcClient client = node.client();
      final Address contract = deploy(node);
      final long rivers = id(node.cli(1, "dataset", "publish", "--corpus", EXAMPLE.resolve("corpus/rivers")
          .toString(), "--name", "rivers", "--licence", "CC-BY-4.0"), "dataset");
      final long bees = id(node.cli(2, "dataset", "publish", "--corpus", EXAMPLE.resolve("corpus/bees").toString(),
          "--name", "bees", "--licence", "CC-BY-4.0"), "dataset");
      final long model = id(node.cli(3, "model", "register", "--name", "river-bee-7b", "--datasets",
          rivers + "," + bees, "--fee", "1000003", "--split", "5000,0,4000,1000"), "model");
      id(node.cli(4, "infer", "record", "--model", Long.toString(model), "--text",
          EXAMPLE.resolve("output.txt").toString()), "inference");
      id(node.cli(1, "gov", "propose", "--kind", "text", "--title", "Adopt the charter", "--deposit", "100"),
          "proposal");
      final CliRunner.Result vote = node.cli(2, "gov", "vote", "--id", "1", "--option", "yes", "--lock", "300");
      assertThat(vote.exitCode()).as(vote.err()).isZero();

      height = blockNumber(client);
      stateRoot = client.call("eth_getBlockByNumber", JsonRpcClient.quantity(height), false).get("stateRoot")
          .asText();
      final String at = JsonRpcClient.quantity(height);
      read(client, at, "ai_getDataset", 1L);
      read(client, at, "ai_getDataset", 2L);
      read(client, at, "ai_getModel", 1L);
      read(client, at, "ai_getInference", 1L);
      read(client, at, "gov_getProposal", 1L);
      read(client, at, "gov_getParams");
      read(client, at, "eth_getCode", contract.toHexString());
      read(client, at, "eth_getStorageAt", contract.toHexString(), "0x1");
      read(client, at, "eth_getStorageAt", contract.toHexString(), "0x2");
      for (final Address account : accounts) {
        read(client, at, "eth_getBalance", account.toHexString());
        read(client, at, "eth_getTransactionCount", account.toHexString());
      }
      assertThat(reads.get("eth_getStorageAt[" + contract.toHexString() + ", 0x1]").asText()).endsWith("2a");
      totalSupply = JsonRpcClient.quantity(reads.get("gov_getParams[]").get("totalSupply"));

      // a block past the height that changes the state, so that the height is not the head
      final CliRunner.Result again = node.cli(3, "gov", "vote", "--id", "1", "--option", "no", "--lock", "10");
      assertThat(again.exitCode()).as(again.err()).isZero();
      final CliRunner.Result running = CliRunner.run("export", "--datadir", dataDir.toString(), "--height", "1",
          "--out", tmp.resolve("running.json").toString());
      assertThat(running.exitCode()).isEqualTo(1);
      assertThat(running.err()).contains("a node is running on " + dataDir).contains("stop it first");
      assertThat(tmp.resolve("running.json")).doesNotExist();
    }
    // the head as the node left it: a height far above it is refused naming it
    final CliRunner.Result above = CliRunner.run("export", "--datadir", dataDir.toString(), "--height", "1000000000",
        "--out", tmp.resolve("above.json").toString());
    final Matcher m = Pattern.compile("is above the head, block (\\d+)").matcher(above.err());
    assertThat(m.find()).as(above.err()).isTrue();
    head = Long.parseLong(m.group(1));
    assertThat(head).isGreaterThan(height);
  }

  private void read(final JsonRpcClient client, final String block, final String method, final Object... params) {
    final List<Object> all = new ArrayList<>(Arrays.asList(params));
    all.add(block);
    final String key = method + List.of(params);
    reads.put(key, client.call(method, all.toArray()));
    readParams.put(key, List.of(params));
  }

  private static long blockNumber(final JsonRpcClient client) {
    return JsonRpcClient.quantity(client.call("eth_blockNumber")).longValueExact();
  }

  private static long id(final CliRunner.Result result, final String what) {
    assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
    final Matcher m = Pattern.compile("(?m)^" + what + " id: (\\d+)$").matcher(result.out());
    assertThat(m.find()).as(result.out()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static Address deploy(final InProcessDevNode node) throws InterruptedException {
    final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(7357L)
        .nonce(0).maxPriorityFeePerGas(Wei.of(1_000_000_000L)).maxFeePerGas(Wei.of(10_000_000_000L))
        .gasLimit(200_000).value(Wei.ZERO).data(INIT_CODE), node.account(0));
    node.client().call("eth_sendRawTransaction", tx.encoded().toHexString());
    final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode receipt = node.client().call("eth_getTransactionReceipt", tx.hash().toHexString());
    while (receipt == null || receipt.isNull()) {
      assertThat(System.nanoTime()).as("deployment mined in time").isLessThan(deadline);
      Thread.sleep(50);
      receipt = node.client().call("eth_getTransactionReceipt", tx.hash().toHexString());
    }
    assertThat(receipt.get("status").asText()).isEqualTo("0x1");
    return Address.fromHexString(receipt.get("contractAddress").asText());
  }

  private CliRunner.Result export(final Path out, final String... more) {
    final List<String> args = new ArrayList<>(List.of("export", "--datadir", dataDir.toString(), "--height",
        Long.toString(height), "--out", out.toString()));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  private static TributaryNode startFork(final Path dir, final GenesisConfig genesis, final KeyPair validator)
      throws InterruptedException {
    return TributaryNode.start(new NodeConfig(dir, genesis, validator, RpcServerConfig.defaults().withPort(0),
        Duration.ofMillis(100), TransactionPoolConfig.DEFAULT, StateRetention.defaults(), Clock.systemUTC(),
        AttributionBackend.REFERENCE));
  }

  private static BigInteger allocSum(final Path file) throws Exception {
    BigInteger sum = BigInteger.ZERO;
    for (final JsonNode account : JSON.readTree(file.toFile()).get("alloc")) {
      sum = sum.add(new BigInteger(account.get("balance").asText().substring(2), 16));
    }
    return sum;
  }

  @Test
  void aForkFromAnExportedHeightStartsWithItsStateRootAndAnswersTheSameReads() throws Exception {
    final Path fork = tmp.resolve("fork.json");
    final CliRunner.Result exported = export(fork);
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(exported.err()).contains("from the tries of block " + height + " and the recorded preimages");
    assertThat(exported.out()).contains("state root " + stateRoot).contains("chain id 7357, 1 validator,");
    assertThat(allocSum(fork)).isEqualTo(totalSupply); // nothing is minted or burnt after genesis

    final CliRunner.Result hash = CliRunner.run("genesis", "hash", fork.toString());
    assertThat(hash.out()).as(hash.err()).contains("state root   " + stateRoot);

    final GenesisConfig genesis = GenesisFile.read(fork);
    try (TributaryNode node = startFork(tmp.resolve("fork"), genesis, new DevAccounts().validator())) {
      final JsonRpcClient client = new JsonRpcClient(URI.create("http://127.0.0.1:" + node.rpcPort()));
      assertThat(client.call("eth_getBlockByNumber", "0x0", false).get("stateRoot").asText()).isEqualTo(stateRoot);
      for (final Map.Entry<String, JsonNode> entry : reads.entrySet()) {
        final List<Object> params = new ArrayList<>(readParams.get(entry.getKey()));
        params.add("0x0");
        final String method = entry.getKey().substring(0, entry.getKey().indexOf('['));
        assertThat(client.call(method, params.toArray())).as(entry.getKey()).isEqualTo(entry.getValue());
      }
    }
  }

  @Test
  void theHeadIsExportedFromTheFlatIndexWithTheSameRoot() {
    final Path fork = tmp.resolve("head.json");
    final CliRunner.Result exported = CliRunner.run("export", "--datadir", dataDir.toString(), "--height",
        Long.toString(head), "--out", fork.toString());
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(exported.err()).contains("from the head's flat index");
    final Matcher root = Pattern.compile("state root (0x[0-9a-f]{64})").matcher(exported.out());
    assertThat(root.find()).as(exported.out()).isTrue();
    assertThat(root.group(1)).isNotEqualTo(stateRoot);
    assertThat(CliRunner.run("genesis", "hash", fork.toString()).out()).contains("state root   " + root.group(1));
  }

  @Test
  void anotherChainIdAndValidatorSetChangeTheRootByTheSetAloneAndTheForkMakesBlocks() throws Exception {
    final KeyPair validator = SignatureAlgorithms.get().generateKeyPair();
    final Path fork = tmp.resolve("other.json");
    final CliRunner.Result exported = export(fork, "--chain-id", "7359", "--validators",
        validator.address().toHexString());
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    final GenesisConfig genesis = GenesisFile.read(fork);
    assertThat(genesis.chainId()).isEqualTo(7359);
    assertThat(genesis.validators()).containsExactly(validator.address());
    final Function<GenesisConfig, String> root = config -> GenesisBlock.of(config,
        new WorldStateArchive(new InMemoryKeyValueStorage())).block().header().stateRoot().toHexString();
    assertThat(root.apply(genesis)).isNotEqualTo(stateRoot);
    assertThat(root.apply(genesis.withValidators(List.of(new DevAccounts().validator().address()))))
        .isEqualTo(stateRoot);

    try (TributaryNode node = startFork(tmp.resolve("other"), genesis, validator)) {
      final JsonRpcClient client = new JsonRpcClient(URI.create("http://127.0.0.1:" + node.rpcPort()));
      assertThat(client.call("eth_chainId").asText()).isEqualTo("0x1cbf");
      final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (blockNumber(client) < 3) {
        assertThat(System.nanoTime()).as("the fork makes blocks").isLessThan(deadline);
        Thread.sleep(50);
      }
      assertThat(client.call("gov_getProposal", 1, "latest").get("title").asText()).isEqualTo("Adopt the charter");
    }
  }

  @Test
  void badInputIsRefusedAndWritesNothing() throws Exception {
    final Path out = tmp.resolve("bad.json");
    final CliRunner.Result above = CliRunner.run("export", "--datadir", dataDir.toString(), "--height",
        Long.toString(head + 1), "--out", out.toString());
    assertThat(above.exitCode()).isEqualTo(1);
    assertThat(above.err()).contains("height " + (head + 1) + " is above the head, block " + head);
    final CliRunner.Result badValidator = export(out, "--validators", "0x12");
    assertThat(badValidator.err()).contains("--validators: not a 20-byte hex address: \"0x12\"");
    final CliRunner.Result noChain = CliRunner.run("export", "--datadir", tmp.resolve("nothing").toString(),
        "--height", "0", "--out", out.toString());
    assertThat(noChain.err()).contains("no chain in " + tmp.resolve("nothing"));
    assertThat(out).doesNotExist();
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
    }
  }
}
