package io.tributary.rpc.methods;

import static io.tributary.rpc.methods.GovChain.ALICE;
import static io.tributary.rpc.methods.GovChain.BOB;
import static io.tributary.rpc.methods.GovChain.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.Log;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.gov.GovernanceModule;
import java.util.List;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class GovMethodsTest {
  private static final GovChain CHAIN = new GovChain();

  private static String trib(final long tribs) {
    return Wei.ofTrib(tribs).toShortHexString();
  }

  @Test
  void getProposalAnswersTheRecordWithWhatDoesNotApplyAsNull() {
    final JsonNode text = CHAIN.result("gov_getProposal", "[\"0x1\"]");
    assertThat(text.get("id").asText()).isEqualTo("0x1");
    assertThat(text.get("kind").asText()).isEqualTo("text");
    assertThat(text.get("proposer").asText()).isEqualTo(ALICE.address().toHexString());
    assertThat(text.get("title").asText()).isEqualTo("Adopt the charter");
    assertThat(text.get("description").asText()).isEqualTo("why: Adopt the charter");
    assertThat(text.get("recipient").isNull()).isTrue();
    assertThat(text.get("amount").isNull()).isTrue();
    assertThat(text.get("parameter").isNull()).isTrue();
    assertThat(text.get("status").asText()).isEqualTo("votingPeriod");
    assertThat(text.get("submittedAt").asText()).isEqualTo("0x1");
    assertThat(text.get("depositEnd").asText()).isEqualTo("0x4");
    assertThat(text.get("votingStart").asText()).isEqualTo("0x2");
    assertThat(text.get("votingEnd").asText()).isEqualTo("0x6");
    assertThat(text.get("totalDeposit").asText()).isEqualTo(trib(10));
    final JsonNode tally = text.get("tally");
    assertThat(List.of(tally.get("yes").asText(), tally.get("no").asText(), tally.get("abstain").asText(),
        tally.get("noWithVeto").asText())).containsExactly(trib(50), trib(90), trib(20), "0x0");
    assertThat(text.get("depositsForfeited").asBoolean()).isFalse();

    final JsonNode spend = CHAIN.result("gov_getProposal", "[2]");
    assertThat(spend.get("kind").asText()).isEqualTo("treasurySpend");
    assertThat(spend.get("recipient").asText()).isEqualTo(CAROL.address().toHexString());
    assertThat(spend.get("amount").asText()).isEqualTo("0x3e8");
    assertThat(spend.get("status").asText()).isEqualTo("passed");
    assertThat(spend.get("votingStart").asText()).isEqualTo("0x1");

    final JsonNode change = CHAIN.result("gov_getProposal", "[\"0x3\"]");
    assertThat(change.get("kind").asText()).isEqualTo("parameterChange");
    assertThat(change.get("parameter").asText()).isEqualTo("votingPeriod");
    assertThat(change.get("amount").asText()).isEqualTo("0xa");
    assertThat(change.get("status").asText()).isEqualTo("expired");
    assertThat(change.get("votingStart").isNull()).isTrue();
    assertThat(change.get("votingEnd").isNull()).isTrue();
    assertThat(change.get("totalDeposit").asText()).isEqualTo("0x0");
  }

  @Test
  void getProposalReadsTheStateOfTheAskedBlock() {
    final JsonNode atOne = CHAIN.result("gov_getProposal", "[\"0x1\", \"0x1\"]");
    assertThat(atOne.get("status").asText()).isEqualTo("depositPeriod");
    assertThat(atOne.get("totalDeposit").asText()).isEqualTo(trib(4));
    assertThat(atOne.get("votingStart").isNull()).isTrue();
    assertThat(CHAIN.result("gov_getProposal", "[\"0x2\", \"0x4\"]").get("status").asText())
        .isEqualTo("votingPeriod");
    assertThat(CHAIN.result("gov_getProposal", "[\"0x4\"]").isNull()).isTrue();
    assertThat(CHAIN.result("gov_getProposal", "[\"0x0\"]").isNull()).isTrue();
    assertThat(CHAIN.result("gov_getProposal", "[\"0x1\", \"earliest\"]").isNull()).isTrue();
  }

  @Test
  void listProposalsPagesFromAnIdWithALimit() {
    final JsonNode all = CHAIN.result("gov_listProposals", "[]");
    assertThat(all.get("total").asText()).isEqualTo("0x3");
    assertThat(all.get("proposals")).extracting(n -> n.get("title").asText())
        .containsExactly("Adopt the charter", "Pay Carol", "Longer votes");
    final JsonNode page = CHAIN.result("gov_listProposals", "[{\"fromId\":\"0x2\",\"limit\":1}]");
    assertThat(page.get("total").asText()).isEqualTo("0x3");
    assertThat(page.get("proposals")).extracting(n -> n.get("id").asText()).containsExactly("0x2");
    assertThat(CHAIN.result("gov_listProposals", "[{\"fromId\":9}]").get("proposals")).isEmpty();
    assertThat(CHAIN.result("gov_listProposals", "[{\"fromId\":\"0xffffffffffffffff\"}]").get("proposals"))
        .isEmpty();
    assertThat(CHAIN.result("gov_listProposals", "[null, \"earliest\"]").get("total").asText()).isEqualTo("0x0");
  }

  @Test
  void getTallySaysWhereTheVotesStandAgainstQuorumThresholdAndVeto() {
    // 160 of 300 TRIB voted (quorum 33.4%); Yes 50 of 140 taking a side does not pass 50%.
    final JsonNode open = CHAIN.result("gov_getTally", "[\"0x1\"]");
    assertThat(open.get("proposalId").asText()).isEqualTo("0x1");
    assertThat(open.get("status").asText()).isEqualTo("votingPeriod");
    assertThat(List.of(open.get("yes").asText(), open.get("no").asText(), open.get("abstain").asText(),
        open.get("noWithVeto").asText(), open.get("total").asText()))
        .containsExactly(trib(50), trib(90), trib(20), "0x0", trib(160));
    assertThat(open.get("totalSupply").asText()).isEqualTo(trib(300));
    assertThat(List.of(open.get("quorumBps").asText(), open.get("thresholdBps").asText(),
        open.get("vetoBps").asText())).containsExactly("0xd0c", "0x1388", "0xd0c");
    assertThat(open.get("quorumReached").asBoolean()).isTrue();
    assertThat(open.get("thresholdReached").asBoolean()).isFalse();
    assertThat(open.get("vetoed").asBoolean()).isFalse();
    assertThat(open.get("outcome").asText()).isEqualTo("rejected");

    final JsonNode passed = CHAIN.result("gov_getTally", "[\"0x2\"]");
    assertThat(passed.get("status").asText()).isEqualTo("passed");
    assertThat(passed.get("outcome").isNull()).isTrue();
    assertThat(passed.get("thresholdReached").asBoolean()).isTrue();
    // After block 2 only Alice's 90 and Carol's 20 had voted on it: quorum met, what finalize would then decide.
    final JsonNode voting = CHAIN.result("gov_getTally", "[\"0x2\", \"0x2\"]");
    assertThat(voting.get("status").asText()).isEqualTo("votingPeriod");
    assertThat(voting.get("total").asText()).isEqualTo(trib(110));
    assertThat(voting.get("outcome").asText()).isEqualTo("passed");
    // After block 1 nobody had voted: below quorum.
    final JsonNode empty = CHAIN.result("gov_getTally", "[\"0x2\", \"0x1\"]");
    assertThat(empty.get("quorumReached").asBoolean()).isFalse();
    assertThat(empty.get("thresholdReached").asBoolean()).isFalse();
    assertThat(empty.get("outcome").asText()).isEqualTo("rejected");
    assertThat(CHAIN.result("gov_getTally", "[\"0x7\"]").isNull()).isTrue();
  }

  @Test
  void getParamsAnswersTheParametersGenesisWroteAndTheTotalSupply() {
    final JsonNode p = CHAIN.result("gov_getParams", "[]");
    assertThat(p.get("minDeposit").asText()).isEqualTo(trib(10));
    assertThat(p.get("depositPeriod").asText()).isEqualTo("0x3");
    assertThat(p.get("votingPeriod").asText()).isEqualTo("0x4");
    assertThat(p.get("quorumBps").asText()).isEqualTo("0xd0c");
    assertThat(p.get("thresholdBps").asText()).isEqualTo("0x1388");
    assertThat(p.get("vetoBps").asText()).isEqualTo("0xd0c");
    assertThat(p.get("totalSupply").asText()).isEqualTo(trib(300));
    assertThat(CHAIN.result("gov_getParams", "[\"0x0\"]").get("votingPeriod").asText()).isEqualTo("0x4");
  }

  @Test
  void getVotesListsTheVotersInTheOrderTheyVotedWithOptionAndWeight() {
    final JsonNode all = CHAIN.result("gov_getVotes", "[\"0x1\"]");
    assertThat(all.get("proposalId").asText()).isEqualTo("0x1");
    final JsonNode votes = all.get("votes");
    assertThat(votes).extracting(v -> v.get("voter").asText()).containsExactly(BOB.address().toHexString(),
        ALICE.address().toHexString(), CAROL.address().toHexString());
    assertThat(votes).extracting(v -> v.get("option").asText()).containsExactly("yes", "no", "abstain");
    assertThat(votes).extracting(v -> v.get("weight").asText()).containsExactly(trib(50), trib(90), trib(20));
    assertThat(votes).extracting(v -> v.get("blockNumber").asText()).containsOnly("0x3");
    // Carol's contract logged a look-alike Voted(1, Alice) first in block 3: not the module's, so not a vote.
    final Log lookAlike = CHAIN.chain.receipts(CHAIN.blocks.get(3).hash()).orElseThrow().get(0).logs().get(0);
    assertThat(lookAlike.topics()).containsExactly(GovernanceModule.VOTED.topic(),
        Hash.wrap(UInt256.valueOf(1)), Hash.wrap(Bytes32.leftPad(ALICE.address())));
    assertThat(lookAlike.address()).isNotEqualTo(GovernanceModule.ADDRESS);
    assertThat(votes.get(1).get("transactionHash").asText()).isEqualTo(CHAIN.tx(3, 2).hash().toHexString());
    assertThat(all.get("nextOffset").isNull()).isTrue();

    final JsonNode first = CHAIN.result("gov_getVotes", "[1, {\"limit\":2}]");
    assertThat(first.get("votes")).hasSize(2);
    assertThat(first.get("nextOffset").asText()).isEqualTo("0x2");
    final JsonNode rest = CHAIN.result("gov_getVotes", "[1, {\"offset\":\"0x2\",\"limit\":2}]");
    assertThat(rest.get("votes")).extracting(v -> v.get("voter").asText())
        .containsExactly(CAROL.address().toHexString());
    assertThat(rest.get("nextOffset").isNull()).isTrue();

    final JsonNode spend = CHAIN.result("gov_getVotes", "[2]").get("votes");
    assertThat(spend).extracting(v -> v.get("option").asText()).containsExactly("yes", "noWithVeto");
    assertThat(spend).extracting(v -> v.get("blockNumber").asText()).containsOnly("0x2");
    assertThat(CHAIN.result("gov_getVotes", "[1, null, \"0x2\"]").get("votes")).isEmpty();
    assertThat(CHAIN.result("gov_getVotes", "[3]").get("votes")).isEmpty();
    assertThat(CHAIN.result("gov_getVotes", "[4]").isNull()).isTrue();
  }

  @Test
  void badParametersAreInvalidParamsThatSayWhatIsWrong() {
    assertThat(message("gov_getProposal", "[]")).isEqualTo("missing proposal id at params[0]");
    assertThat(message("gov_getProposal", "[\"1\"]"))
        .isEqualTo("invalid proposal id at params[0]: expected a 0x-prefixed hex quantity");
    assertThat(message("gov_getTally", "[-1]")).isEqualTo("invalid proposal id at params[0]: -1 is not a uint64");
    assertThat(message("gov_getTally", "[\"0x1\", \"newest\"]"))
        .isEqualTo("invalid block number at params[1]: expected a 0x-prefixed hex quantity");
    assertThat(message("gov_listProposals", "[{\"limit\":0}]"))
        .isEqualTo("invalid limit at params[0]: 0 is outside 1..1000");
    assertThat(message("gov_listProposals", "[{\"from\":1}]"))
        .isEqualTo("unknown field \"from\" in params[0]: expected fromId, limit");
    assertThat(message("gov_getVotes", "[1, {\"limit\":1001}]"))
        .isEqualTo("invalid limit at params[1]: 1001 is outside 1..1000");
    assertThat(message("gov_getVotes", "[1, {\"fromId\":1}]"))
        .isEqualTo("unknown field \"fromId\" in params[1]: expected limit, offset");
    assertThat(message("gov_getVotes", "[1, {\"offset\":true}]"))
        .isEqualTo("invalid offset at params[1]: expected a hex quantity or an integer");
    assertThat(message("gov_getParams", "[\"soon\"]"))
        .isEqualTo("invalid block number at params[0]: expected a 0x-prefixed hex quantity");
    final JsonNode unknownBlock = CHAIN.error("gov_getParams", "[\"0x99\"]");
    assertThat(unknownBlock.get("code").asInt()).isEqualTo(-32001);
    assertThat(unknownBlock.get("message").asText()).isEqualTo("header not found");
  }

  private static String message(final String method, final String params) {
    final JsonNode error = CHAIN.error(method, params);
    assertThat(error.get("code").asInt()).as("%s(%s)", method, params).isEqualTo(-32602);
    return error.get("message").asText();
  }
}
