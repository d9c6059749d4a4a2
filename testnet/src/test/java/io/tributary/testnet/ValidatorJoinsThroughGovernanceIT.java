package io.tributary.testnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.node.Tributary;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.chain.RpcException;
import io.tributary.node.cli.testnet.TestnetManifest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import picocli.CommandLine;

/**
 * Issue 9's validator change end to end on a 4-validator loopback testnet with a fifth, full node: token holders
 * propose, vote and finalize adding the full node's key through the CLI; from the block after the finalizing one the
 * blocks name five validators, the newcomer proposes some of them, and with one original validator killed the chain
 * still advances, which needs the newcomer's votes (quorum 4 of 5).
 */
@EnabledIfSystemProperty(named = "tributary.multivalidator", matches = "true")
class ValidatorJoinsThroughGovernanceIT {
  private static final long VOTING_PERIOD = 8;

  @Test
  void aFullNodeAddedByGovernanceProposesAndVotesFromTheNextBlock() throws Exception {
    final FaultManifest scenario = new FaultManifest("validator-joins", 4, 1, List.of(), "1s", null, null, null,
        List.of());
    try (Cluster cluster = new Cluster(ItDirs.fresh("validator-joins"), scenario)) {
      shortenVoting(cluster.dir().resolve(cluster.manifest().genesis()));
      for (final Cluster.Member member : cluster.members()) {
        cluster.start(member.name());
      }
      final TestnetManifest.Node newcomer = cluster.member("node4").node;
      final String rpc = cluster.member("node0").node.rpcUrl();
      final JsonRpcClient client = new JsonRpcClient(URI.create(rpc));
      // Every node, not only the one the CLI talks to: the quorum arithmetic below needs all five running.
      for (final Cluster.Member member : cluster.members()) {
        awaitBlock(new JsonRpcClient(URI.create(member.node.rpcUrl())), 2, Duration.ofSeconds(90));
      }
      assertThat(nextValidators(client, "latest")).hasSize(4).doesNotContain(lower(newcomer.address()));

      final String submitted = cli("gov", "propose", "--kind", "add-validator", "--validator", newcomer.address(),
          "--title", "Welcome node4", "--deposit", "100", "--rpc", rpc, "--dev-account", "0");
      final Matcher id = Pattern.compile("(?m)^proposal id: (\\d+)$").matcher(submitted);
      assertThat(id.find()).as(submitted).isTrue();
      cli("gov", "vote", "--id", id.group(1), "--option", "yes", "--lock", "5000", "--rpc", rpc,
          "--dev-account", "0");
      final long votingEnd = JsonRpcClient.quantity(client.call("gov_getProposal", "0x" + id.group(1))
          .get("votingEnd")).longValueExact();
      awaitBlock(client, votingEnd, Duration.ofSeconds(60));
      assertThat(cli("gov", "finalize", "--id", id.group(1), "--rpc", rpc, "--dev-account", "0"))
          .contains("ProposalExecuted");

      final long finalized = blockNumber(client);
      final List<String> five = nextValidators(client, JsonRpcClient.quantity(finalized));
      assertThat(five).hasSize(5).contains(lower(newcomer.address()));
      awaitBlock(client, finalized + 10, Duration.ofSeconds(90));
      final List<String> proposers = new ArrayList<>();
      for (long n = finalized + 1; n <= finalized + 10; n++) {
        final JsonNode validators = client.call("gov_getValidators", JsonRpcClient.quantity(n));
        assertThat(validators.get("validators")).as("block %d", n).hasSize(5);
        proposers.add(client.call("eth_getBlockByNumber", JsonRpcClient.quantity(n), false).get("miner").asText()
            .toLowerCase(Locale.ROOT));
      }
      assertThat(proposers).as("proposers of the 10 blocks after %d", finalized).contains(lower(newcomer.address()));

      // Without node0, four of five validators remain: exactly a quorum, which counts the newcomer.
      cluster.kill("node0");
      final JsonRpcClient survivor = new JsonRpcClient(URI.create(cluster.member("node1").node.rpcUrl()));
      final long before = blockNumber(survivor);
      awaitBlock(survivor, before + 3, Duration.ofSeconds(90));
    }
  }

  /** Sets the genesis's voting period to a few blocks, before any node starts. */
  private static void shortenVoting(final Path genesis) throws Exception {
    final ObjectMapper json = new ObjectMapper();
    final ObjectNode root = (ObjectNode) json.readTree(Files.readString(genesis));
    ((ObjectNode) root.get("config").get("tributary")).putObject("governance").put("votingPeriod", VOTING_PERIOD);
    Files.writeString(genesis, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  private static String cli(final String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final CommandLine command = Tributary.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    final int code = command.execute(args);
    assertThat(code).as("tributary %s: %s%s", String.join(" ", args), out, err).isZero();
    return out.toString();
  }

  private static List<String> nextValidators(final JsonRpcClient client, final String block) {
    final List<String> validators = new ArrayList<>();
    client.call("gov_getValidators", block).get("nextValidators")
        .forEach(v -> validators.add(v.asText().toLowerCase(Locale.ROOT)));
    return validators;
  }

  private static String lower(final String address) {
    return address.toLowerCase(Locale.ROOT);
  }

  private static long blockNumber(final JsonRpcClient client) {
    return JsonRpcClient.quantity(client.call("eth_blockNumber")).longValueExact();
  }

  private static void awaitBlock(final JsonRpcClient client, final long number, final Duration within)
      throws InterruptedException {
    final long deadline = System.nanoTime() + within.toNanos();
    while (reachedOrUnreachable(client) < number) {
      assertThat(System.nanoTime()).as("block %d within %s", number, within).isLessThan(deadline);
      Thread.sleep(250);
    }
  }

  /** The head's number, or -1 while the node's RPC is not up yet. */
  private static long reachedOrUnreachable(final JsonRpcClient client) {
    try {
      return blockNumber(client);
    } catch (final RpcException e) {
      return -1;
    }
  }
}
