package io.tributary.node.cli.infer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.crypto.KeyPair;
import io.tributary.node.cli.CliRunner;
import io.tributary.node.cli.InProcessDevNode;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.dev.DevAccounts;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The royalties example (examples/royalties) through the CLI against an in-process node: two contributors publish
 * datasets from real text, a modeller registers a model trained on both, a user records an output quoting one of
 * them, and everyone's balance moves by exactly the split contracts/README.md documents.
 */
class RoyaltiesFlowTest {
  private static final Path EXAMPLE = Path.of(System.getProperty("user.dir")).resolveSibling("examples")
      .resolve("royalties");
  private static final List<KeyPair> DEV = new DevAccounts().accounts(5);
  private static final BigInteger FEE = BigInteger.valueOf(1_000_003);
  private static final int OWNER_BPS = 5_000;
  private static final int DATA_BPS = 4_000;
  private static final int MIN_HITS = 6;
  private static final BigInteger BPS = BigInteger.valueOf(10_000);

  @TempDir Path dataDir;
  private InProcessDevNode node;
  private String rpc;
  private JsonRpcClient client;

  @BeforeEach
  void startNode() throws Exception {
    node = new InProcessDevNode(dataDir, DEV.size(), 100);
    rpc = node.rpc();
    client = node.client();
  }

  @AfterEach
  void stopNode() {
    node.close();
  }

  private CliRunner.Result cli(final int account, final String... args) {
    return node.cli(account, args);
  }

  private static long printedId(final CliRunner.Result result, final String what) {
    assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
    final Matcher m = Pattern.compile("(?m)^" + what + " id: (\\d+)$").matcher(result.out());
    assertThat(m.find()).as(result.out()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private BigInteger balance(final int account) {
    return JsonRpcClient.quantity(client.call("eth_getBalance", DEV.get(account).address().toHexString(), "latest"));
  }

  private long nonce(final int account) {
    return JsonRpcClient.quantity(client.call("eth_getTransactionCount", DEV.get(account).address().toHexString(),
        "latest")).longValueExact();
  }

  @Test
  void contributorsAndTheModellerAreCreditedExactlyTheDocumentedSplitAndAWrongFeeSendsNothing() {
    assertThat(Files.isDirectory(EXAMPLE)).as(EXAMPLE.toString()).isTrue();
    final long rivers = printedId(cli(1, "dataset", "publish", "--corpus", EXAMPLE.resolve("corpus/rivers")
        .toString(), "--name", "rivers", "--licence", "CC-BY-4.0", "--chunk-bytes", "64"), "dataset");
    final long bees = printedId(cli(2, "dataset", "publish", "--corpus", EXAMPLE.resolve("corpus/bees").toString(),
        "--name", "bees", "--licence", "CC-BY-4.0"), "dataset");
    final long model = printedId(cli(3, "model", "register", "--name", "river-bee-7b", "--datasets",
        rivers + "," + bees, "--fee", FEE.toString(), "--split", OWNER_BPS + ",0," + DATA_BPS + ",1000"), "model");
    final String output = EXAMPLE.resolve("output.txt").toString();

    final CliRunner.Result tooLow = cli(4, "infer", "record", "--model", Long.toString(model), "--text", output,
        "--fee", "10");
    assertThat(tooLow.exitCode()).isEqualTo(1);
    assertThat(tooLow.err()).contains("FeeTooLow: paid 10 wei, model " + model + " charges " + FEE);
    assertThat(client.call("eth_getTransactionCount", DEV.get(4).address().toHexString(), "pending").asText())
        .isEqualTo("0x0");

    final BigInteger[] before = {null, balance(1), balance(2), balance(3)};
    final CliRunner.Result recorded = cli(4, "infer", "record", "--model", Long.toString(model), "--text", output);
    final long inference = printedId(recorded, "inference");
    assertThat(nonce(4)).isEqualTo(1);

    final JsonNode record = client.call("ai_getInference", JsonRpcClient.quantity(inference));
    final Map<Long, BigInteger> hits = new LinkedHashMap<>();
    for (final JsonNode claim : record.get("claims")) {
      hits.put(JsonRpcClient.quantity(claim.get("datasetId")).longValueExact(),
          JsonRpcClient.quantity(claim.get("hits")));
    }
    assertThat(hits.get(rivers)).isGreaterThanOrEqualTo(BigInteger.valueOf(MIN_HITS));
    assertThat(hits.getOrDefault(bees, BigInteger.ZERO)).isLessThan(BigInteger.valueOf(MIN_HITS));

    final BigInteger data = FEE.multiply(BigInteger.valueOf(DATA_BPS)).divide(BPS);
    final BigInteger eligibleHits = hits.values().stream().filter(h -> h.intValue() >= MIN_HITS)
        .reduce(BigInteger.ZERO, BigInteger::add);
    final BigInteger riversShare = data.multiply(hits.get(rivers)).divide(eligibleHits);
    final BigInteger ownerShare = FEE.multiply(BigInteger.valueOf(OWNER_BPS)).divide(BPS);
    assertThat(balance(1).subtract(before[1])).isEqualTo(riversShare);
    assertThat(balance(2).subtract(before[2])).isZero();
    assertThat(balance(3).subtract(before[3])).isEqualTo(ownerShare);
    assertThat(recorded.out()).contains("royalty: dataset " + rivers + ", owner "
        + DEV.get(1).address().toChecksumString() + ", " + hits.get(rivers) + " hits, " + riversShare + " wei");

    final CliRunner.Result shown = CliRunner.run("infer", "show", "--id", Long.toString(inference), "--rpc", rpc);
    assertThat(shown.exitCode()).isZero();
    assertThat(shown.out()).contains("\"fee\" : \"0xf4243\"");
  }
}
