package io.tributary.node.cli.gov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.node.cli.CliRunner;
import io.tributary.node.cli.InProcessDevNode;
import io.tributary.node.cli.chain.JsonRpcClient;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proposals that change the chain, through the CLI on an in-process devnet (100 ms blocks, 40-block voting): a gas
 * limit change carried by the headers from the block after the finalizing one, a known upgrade entering the fork
 * schedule, and an upgrade this release does not know halting the node at the block before its height while
 * JSON-RPC keeps answering.
 */
class ChainGovernanceFlowTest {
  @TempDir Path dataDir;
  private InProcessDevNode node;
  private JsonRpcClient client;

  @BeforeEach
  void startNode() throws Exception {
    node = new InProcessDevNode(dataDir, 5, 1_000);
    client = node.client();
  }

  @AfterEach
  void stopNode() {
    node.close();
  }

  @Test
  void gasLimitChangesKnownUpgradesAndUnknownUpgradesTakeEffectAtTheirBlocks() throws Exception {
    final long start = blockNumber();
    final long known = start + 70;
    final long unknown = start + 90;
    final long gas = propose("--kind", "param", "--title", "Bigger blocks", "--parameter", "chain.gasLimit",
        "--value", "60000000");
    final long checkpoint = propose("--kind", "upgrade", "--title", "Checkpoint", "--name", "checkpoint-1",
        "--height", Long.toString(known));
    final long future = propose("--kind", "upgrade", "--title", "From the future", "--name", "tributary-99",
        "--height", Long.toString(unknown));

    final CliRunner.Result tooSoon = node.cli(1, "gov", "propose", "--kind", "upgrade", "--title", "Now",
        "--name", "rush", "--height", Long.toString(start + 2));
    assertThat(tooSoon.exitCode()).isEqualTo(1);
    assertThat(tooSoon.err()).contains("ActivationTooSoon");
    final CliRunner.Result notValidator = node.cli(1, "gov", "propose", "--kind", "remove-validator",
        "--title", "Kick", "--validator", "0x00000000000000000000000000000000000000aa");
    assertThat(notValidator.exitCode()).isEqualTo(1);
    assertThat(notValidator.err()).contains("NotAValidator");

    // 1,800 of 5,000 TRIB vote Yes on all three: one lock backs every vote.
    for (final long id : new long[] {gas, checkpoint, future}) {
      ok(node.cli(2, "gov", "vote", "--id", Long.toString(id), "--option", "yes", "--lock", id == gas ? "900" : "0"));
      ok(node.cli(3, "gov", "vote", "--id", Long.toString(id), "--option", "yes", "--lock", id == gas ? "900" : "0"));
    }
    final JsonNode shown = client.call("gov_getProposal", JsonRpcClient.quantity(checkpoint));
    assertThat(shown.get("kind").asText()).isEqualTo("upgrade");
    assertThat(shown.get("upgrade").asText()).isEqualTo("checkpoint-1");
    assertThat(JsonRpcClient.quantity(shown.get("activationHeight")).longValueExact()).isEqualTo(known);

    awaitBlock(JsonRpcClient.quantity(client.call("gov_getProposal", JsonRpcClient.quantity(future))
        .get("votingEnd")).longValueExact());
    final long finalizedIn = finalizeBlock(gas);
    finalizeBlock(checkpoint);
    finalizeBlock(future);

    // The gas limit: the finalizing block still has the old one, its child the new one.
    awaitBlock(finalizedIn + 1);
    assertThat(gasLimit(finalizedIn)).isEqualTo(30_000_000L);
    assertThat(gasLimit(finalizedIn + 1)).isEqualTo(60_000_000L);
    assertThat(JsonRpcClient.quantity(client.call("gov_getParams").get("gasLimit")).longValueExact())
        .isEqualTo(60_000_000L);

    final JsonNode upgrades = client.call("gov_getUpgrades");
    assertThat(upgrades).hasSize(2);
    assertThat(upgrades.get(0).get("name").asText()).isEqualTo("checkpoint-1");
    assertThat(upgrades.get(0).get("known").asBoolean()).isTrue();
    assertThat(upgrades.get(1).get("name").asText()).isEqualTo("tributary-99");
    assertThat(upgrades.get(1).get("known").asBoolean()).isFalse();

    // The known upgrade activates and the chain goes on; the unknown one halts it at the block before.
    awaitBlock(unknown - 1);
    assertThat(client.call("gov_getUpgrades").get(0).get("active").asBoolean()).isTrue();
    Thread.sleep(1_500); // fifteen block periods
    assertThat(blockNumber()).isEqualTo(unknown - 1);
    assertThat(node.haltReason()).hasValueSatisfying(reason -> assertThat(reason)
        .contains("block " + unknown + " activates protocol upgrade 'tributary-99'"));
    assertThat(client.call("eth_getBlockByNumber", JsonRpcClient.quantity(unknown - 1), false)).isNotNull();
  }

  private long propose(final String... args) {
    final String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 2, args.length);
    all[0] = "gov";
    all[1] = "propose";
    all[args.length + 2] = "--deposit";
    all[args.length + 3] = "100";
    final CliRunner.Result submitted = ok(node.cli(1, all));
    final Matcher m = Pattern.compile("(?m)^proposal id: (\\d+)$").matcher(submitted.out());
    assertThat(m.find()).as(submitted.out()).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** Finalizes proposal {@code id} (it must pass) and returns the block that did. */
  private long finalizeBlock(final long id) {
    final CliRunner.Result finalized = ok(node.cli(4, "gov", "finalize", "--id", Long.toString(id)));
    assertThat(finalized.out()).contains("ProposalExecuted(proposalId=" + id + ")");
    final JsonNode proposal = client.call("gov_getProposal", JsonRpcClient.quantity(id));
    assertThat(proposal.get("status").asText()).isEqualTo("passed");
    final JsonNode logs = client.call("eth_getLogs", java.util.Map.of("fromBlock", "0x0", "toBlock", "latest",
        "address", "0x00000000000000000000000000000000000a7004"));
    long block = -1;
    for (final JsonNode log : logs) {
      if (log.get("topics").size() == 2
          && new java.math.BigInteger(log.get("topics").get(1).asText().substring(2), 16).longValueExact() == id) {
        block = Math.max(block, JsonRpcClient.quantity(log.get("blockNumber")).longValueExact());
      }
    }
    assertThat(block).as("the finalize of %d", id).isPositive();
    return block;
  }

  private static CliRunner.Result ok(final CliRunner.Result result) {
    assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
    return result;
  }

  private long gasLimit(final long number) {
    return JsonRpcClient.quantity(client.call("eth_getBlockByNumber", JsonRpcClient.quantity(number), false)
        .get("gasLimit")).longValueExact();
  }

  private long blockNumber() {
    return node.blockNumber();
  }

  private void awaitBlock(final long number) throws InterruptedException {
    node.awaitBlock(number);
  }
}
