package io.tributary.node.cli.gov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.node.cli.CliRunner;
import io.tributary.node.cli.InProcessDevNode;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.dev.DevAccounts;
import io.tributary.state.gov.GovParams;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text proposal through the CLI against an in-process node with the genesis's governance parameters (the devnet's
 * short periods: 20 blocks to deposit, 40 to vote, 100 TRIB minimum deposit): submitted with its whole deposit, voted
 * on by three accounts, finalized as passed once the voting period is over, its deposit claimed back and a lock
 * withdrawn; a call the module would refuse is printed as its named reason and never sent.
 */
class GovFlowTest {
  private static final List<KeyPair> DEV = new DevAccounts().accounts(5);

  @TempDir Path dataDir;
  private InProcessDevNode node;
  private String rpc;
  private JsonRpcClient client;

  @BeforeEach
  void startNode() throws Exception {
    node = new InProcessDevNode(dataDir, DEV.size(), 1_000);
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

  private static CliRunner.Result ok(final CliRunner.Result result) {
    assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
    return result;
  }

  private String pendingNonce(final int account) {
    return client.call("eth_getTransactionCount", DEV.get(account).address().toHexString(), "pending").asText();
  }

  private long blockNumber() {
    return node.blockNumber();
  }

  private void awaitBlock(final long number) throws InterruptedException {
    node.awaitBlock(number);
  }

  @Test
  void aTextProposalIsSubmittedVotedOnAndFinalizedAsPassedThroughTheCli() throws Exception {
    final JsonNode params = client.call("gov_getParams");
    assertThat(JsonRpcClient.quantity(params.get("votingPeriod")).longValueExact())
        .isEqualTo(GovParams.DEFAULT.votingPeriod());
    assertThat(JsonRpcClient.quantity(params.get("totalSupply"))).isEqualTo(Wei.ofTrib(5_000).toBigInteger());

    final CliRunner.Result submitted = ok(cli(1, "gov", "propose", "--kind", "text", "--title", "Adopt the charter",
        "--description", "The community charter in docs/charter.md", "--deposit", "100"));
    final Matcher m = Pattern.compile("(?m)^proposal id: (\\d+)$").matcher(submitted.out());
    assertThat(m.find()).as(submitted.out()).isTrue();
    final long id = Long.parseLong(m.group(1));
    assertThat(id).isEqualTo(1);
    assertThat(submitted.out()).contains("ProposalSubmitted(proposalId=1, proposer="
        + DEV.get(1).address().toChecksumString() + ", kind=0, title=\"Adopt the charter\")");
    assertThat(submitted.out()).contains("VotingStarted(proposalId=1");

    // The module's refusals come back as their named reasons, and nothing is sent.
    final CliRunner.Result unknown = cli(2, "gov", "vote", "--id", "7", "--option", "yes", "--lock", "1");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("UnknownProposal: proposal 7 does not exist").contains("nothing was sent");
    final CliRunner.Result early = cli(4, "gov", "finalize", "--id", "1");
    assertThat(early.exitCode()).isEqualTo(1);
    assertThat(early.err()).contains("ProposalNotEnded: proposal 1 takes votes until block");
    assertThat(pendingNonce(2)).isEqualTo("0x0");
    assertThat(pendingNonce(4)).isEqualTo("0x0");
    final CliRunner.Result badValue = cli(2, "gov", "propose", "--kind", "param", "--title", "No quorum",
        "--parameter", "quorumBps", "--value", "0");
    assertThat(badValue.exitCode()).isEqualTo(1);
    assertThat(badValue.err()).contains("InvalidParameterValue: quorumBps must be in 1..10000, got 0");
    final CliRunner.Result notYet = cli(2, "gov", "propose", "--kind", "param", "--title", "Bigger blocks",
        "--parameter", "gasLimit", "--value", "60000000");
    assertThat(notYet.exitCode()).isEqualTo(1);
    assertThat(notYet.err()).contains("UnknownParameter: 'gasLimit' is not a parameter governance can change");
    final CliRunner.Result toNobody = cli(2, "gov", "propose", "--kind", "spend", "--title", "Burn it",
        "--recipient", Address.ZERO.toHexString(), "--amount", "1");
    assertThat(toNobody.exitCode()).isEqualTo(1);
    assertThat(toNobody.err()).contains("InvalidRecipient");
    assertThat(pendingNonce(2)).isEqualTo("0x0");
    final CliRunner.Result badOption = cli(2, "gov", "vote", "--id", "1", "--option", "maybe");
    assertThat(badOption.exitCode()).isEqualTo(1);
    assertThat(badOption.err()).contains("--option is one of yes, no, abstain, veto; got maybe");

    // 1,900 of 5,000 TRIB vote (quorum 33.4%), 1,800 of them Yes.
    assertThat(ok(cli(2, "gov", "vote", "--id", "1", "--option", "yes", "--lock", "900")).out())
        .contains("Voted(proposalId=1, voter=" + DEV.get(2).address().toChecksumString() + ", option=1, weight="
            + Wei.ofTrib(900).toBigInteger() + ")");
    ok(cli(3, "gov", "vote", "--id", "1", "--option", "yes", "--lock", "900"));
    ok(cli(4, "gov", "vote", "--id", "1", "--option", "no", "--lock", "100"));
    final CliRunner.Result twice = cli(4, "gov", "vote", "--id", "1", "--option", "veto");
    assertThat(twice.exitCode()).isEqualTo(1);
    assertThat(twice.err()).contains("AlreadyVoted");

    final CliRunner.Result shown = CliRunner.run("gov", "show", "--id", "1", "--rpc", rpc);
    assertThat(shown.exitCode()).as(shown.err()).isZero();
    assertThat(shown.out()).contains("\"status\" : \"votingPeriod\"").contains("\"outcome\" : \"passed\"")
        .contains("\"quorumReached\" : true");

    final JsonNode proposal = client.call("gov_getProposal", "0x1");
    awaitBlock(JsonRpcClient.quantity(proposal.get("votingEnd")).longValueExact());
    final CliRunner.Result finalized = ok(cli(4, "gov", "finalize", "--id", "1"));
    assertThat(finalized.out()).contains("ProposalPassed(proposalId=1").contains("ProposalExecuted(proposalId=1)")
        .contains("proposal 1: passed");

    final BigInteger before = JsonRpcClient.quantity(client.call("eth_getBalance",
        DEV.get(1).address().toHexString(), "latest"));
    assertThat(ok(cli(1, "gov", "claim", "--id", "1")).out()).contains("DepositClaimed(proposalId=1");
    assertThat(JsonRpcClient.quantity(client.call("eth_getBalance", DEV.get(1).address().toHexString(), "latest"))
        .subtract(before)).isPositive();
    assertThat(ok(cli(2, "gov", "withdraw")).out()).contains("Unlocked(voter="
        + DEV.get(2).address().toChecksumString() + ", amount=" + Wei.ofTrib(900).toBigInteger() + ")");

    assertThat(ok(cli(3, "gov", "propose", "--kind", "param", "--title", "Longer votes", "--parameter",
        "votingPeriod", "--value", "120", "--deposit", "0.5")).out()).contains("proposal id: 2")
        .contains("Deposited(proposalId=2, depositor=" + DEV.get(3).address().toChecksumString() + ", amount="
            + Wei.ofTrib(1).toBigInteger().shiftRight(1));
    final CliRunner.Result listed = CliRunner.run("gov", "list", "--rpc", rpc);
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out()).contains("2 proposals").containsPattern("(?m)^1  text +passed +Adopt the charter$")
        .containsPattern("(?m)^2  parameterChange +depositPeriod +Longer votes$");
    final JsonNode votes = client.call("gov_getVotes", "0x1");
    assertThat(votes.get("votes")).hasSize(3);
  }
}
