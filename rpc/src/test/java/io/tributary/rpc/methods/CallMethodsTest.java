package io.tributary.rpc.methods;

import static io.tributary.rpc.methods.ContractChain.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CallMethodsTest {
  private static final String WORD_42 = "0x" + "00".repeat(31) + "2a";
  private static final String NOPE_DATA = "0x08c379a0" + "00".repeat(31) + "20" + "00".repeat(31) + "04"
      + "6e6f7065" + "00".repeat(28);

  private final ContractChain chain = new ContractChain();

  private static String call(final String to, final String extra) {
    return "[{\"to\":\"" + to + "\"" + extra + "}, \"latest\"]";
  }

  @Test
  void callRunsTheContractAndAnswersItsOutput() {
    assertThat(chain.result("eth_call", call(ContractChain.RETURNS_42.toHexString(), "")).asText())
        .isEqualTo(WORD_42);
    // A call to an account without code, and one that only stores, answer no output.
    assertThat(chain.result("eth_call", call(ContractChain.BOB.address().toHexString(), "")).asText())
        .isEqualTo("0x");
    assertThat(chain.result("eth_call", call(ContractChain.STORE.toHexString(), ",\"data\":\"" + WORD_42 + "\""))
        .asText()).isEqualTo("0x");
  }

  @Test
  void callRunsInTheContextAndStateOfTheRequestedBlock() {
    final String number = ContractChain.NUMBER.toHexString();
    assertThat(chain.result("eth_call", "[{\"to\":\"" + number + "\"}, \"0x1\"]").asText())
        .isEqualTo("0x" + "00".repeat(31) + "01");
    assertThat(chain.result("eth_call", "[{\"to\":\"" + number + "\"}]").asText())
        .isEqualTo("0x" + "00".repeat(31) + "02");
    assertThat(chain.result("eth_getCode", "[\"" + ContractChain.STORE.toHexString() + "\", \"0x1\"]").asText())
        .isEqualTo(ContractChain.STORE_AND_LOG_CODE.toHexString());
    assertThat(chain.error("eth_call", "[{\"to\":\"" + number + "\"}, \"0x9\"]").get("message").asText())
        .isEqualTo("header not found");
  }

  @Test
  void blockhashInACallSeesTheBlocksAncestors() {
    // Init code run by eth_call: NUMBER PUSH1 1 SWAP1 SUB BLOCKHASH PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN.
    final String parentHash = chain.result("eth_call", "[{\"data\":\"0x43600190034060005260206000f3\"}, \"0x2\"]")
        .asText();
    assertThat(parentHash).isEqualTo(chain.blocks.get(1).hash().toHexString());
  }

  @Test
  void aCreationCallAnswersTheCodeItWouldDeploy() {
    final String init = ContractChain.initCodeFor(ContractChain.RETURNS_42_CODE).toHexString();
    assertThat(chain.result("eth_call", "[{\"from\":\"" + ALICE.address().toHexString() + "\",\"input\":\"" + init
        + "\"}]").asText()).isEqualTo(ContractChain.RETURNS_42_CODE.toHexString());
  }

  @Test
  void aRevertIsErrorThreeWithTheRevertDataAndTheDecodedReason() {
    final JsonNode error = chain.error("eth_call", call(ContractChain.REVERTS_NOPE.toHexString(), ""));
    assertThat(error.get("code").asInt()).isEqualTo(3);
    assertThat(error.get("message").asText()).isEqualTo("execution reverted: nope");
    assertThat(error.get("data").asText()).isEqualTo(NOPE_DATA);
  }

  @Test
  void aSolidityPanicIsRevertedWithGethsNameForItsCode() {
    // What solc 0.8 emits for an index past an array's end, Panic(0x32), here from init code run by eth_call:
    // PUSH4 0x4e487b71 PUSH1 224 SHL PUSH1 0 MSTORE PUSH1 0x32 PUSH1 4 MSTORE PUSH1 36 PUSH1 0 REVERT.
    final JsonNode error = chain.error("eth_call",
        "[{\"data\":\"0x634e487b7160e01b600052603260045260246000fd\"}, \"latest\"]");
    assertThat(error.get("code").asInt()).isEqualTo(3);
    assertThat(error.get("message").asText()).isEqualTo("execution reverted: out-of-bounds access of an array or bytesN");
    assertThat(error.get("data").asText()).isEqualTo("0x4e487b71" + "00".repeat(31) + "32");
  }

  @Test
  void anExceptionalHaltIsAServerErrorInGethsWords() {
    final JsonNode error = chain.error("eth_call", call(ContractChain.INVALID.toHexString(), ""));
    assertThat(error.get("code").asInt()).isEqualTo(-32000);
    assertThat(error.get("message").asText()).isEqualTo("invalid opcode");
    final JsonNode oog = chain.error("eth_call", call(ContractChain.STORE.toHexString(),
        ",\"gas\":\"0x5300\",\"data\":\"" + WORD_42 + "\""));
    assertThat(oog.get("message").asText()).isEqualTo("out of gas");
  }

  @Test
  void gasIsFreeWithoutAPriceButAPricedCallMustBePaidFor() {
    final String poor = "0x00000000000000000000000000000000000b0b0b";
    assertThat(chain.result("eth_call", call(ContractChain.RETURNS_42.toHexString(), ",\"from\":\"" + poor + "\""))
        .asText()).isEqualTo(WORD_42);
    final JsonNode error = chain.error("eth_call", call(ContractChain.RETURNS_42.toHexString(),
        ",\"from\":\"" + poor + "\",\"gasPrice\":\"0x3b9aca00\""));
    assertThat(error.get("code").asInt()).isEqualTo(-32000);
    assertThat(error.get("message").asText()).startsWith("insufficient funds for gas * price + value");
    assertThat(chain.error("eth_call", call(ContractChain.RETURNS_42.toHexString(),
        ",\"from\":\"" + ALICE.address().toHexString() + "\",\"maxFeePerGas\":\"0x1\"")).get("message").asText())
        .startsWith("max fee per gas less than block base fee");
    assertThat(chain.result("eth_call", call(ContractChain.RETURNS_42.toHexString(),
        ",\"from\":\"" + ALICE.address().toHexString() + "\",\"maxFeePerGas\":\"0x2540be400\"")).asText())
        .isEqualTo(WORD_42);
  }

  @Test
  void estimateGasOfATransferIsItsIntrinsicGas() {
    assertThat(chain.result("eth_estimateGas", "[{\"from\":\"" + ALICE.address().toHexString() + "\",\"to\":\""
        + ContractChain.BOB.address().toHexString() + "\",\"value\":\"0x1\"}]").asText()).isEqualTo("0x5208");
  }

  @Test
  void estimateGasIsTheLeastGasWithWhichTheCallSucceeds() {
    final String to = ContractChain.STORE.toHexString();
    final String data = ",\"data\":\"0x" + "00".repeat(31) + "09\"";
    final long estimate = Long.decode(chain.result("eth_estimateGas", call(to, data)).asText());
    // 21,000 + calldata + a cold SSTORE changing the 7 stored in block 2 (5,000) + LOG1 (750) + a few pushes.
    assertThat(estimate).isBetween(26_000L, 28_000L);
    assertThat(chain.result("eth_call", call(to, data + ",\"gas\":\"" + "0x" + Long.toHexString(estimate) + "\""))
        .asText()).isEqualTo("0x");
    assertThat(chain.error("eth_call", call(to, data + ",\"gas\":\"" + "0x" + Long.toHexString(estimate - 1)
        + "\"")).get("message").asText()).isEqualTo("out of gas");
  }

  @Test
  void estimateGasOfACallEarningARefundIsTheLimitItNeedsNotTheGasItIsCharged() {
    // Clearing the stored 7 earns a refund (EIP-3529), paid after execution: the limit must cover the gas before it.
    final String to = ContractChain.STORE.toHexString();
    final String data = ",\"data\":\"0x" + "00".repeat(32) + "\"";
    final long estimate = Long.decode(chain.result("eth_estimateGas", call(to, data)).asText());
    assertThat(chain.result("eth_call", call(to, data + ",\"gas\":\"0x" + Long.toHexString(estimate) + "\""))
        .asText()).isEqualTo("0x");
    assertThat(chain.error("eth_call", call(to, data + ",\"gas\":\"0x" + Long.toHexString(estimate - 1) + "\""))
        .get("message").asText()).isEqualTo("out of gas");
  }

  @Test
  void estimateGasOfADeploymentCoversTheCodeDeposit() {
    final String init = ContractChain.initCodeFor(ContractChain.RETURNS_42_CODE).toHexString();
    final long estimate = Long.decode(chain.result("eth_estimateGas", "[{\"from\":\"" + ALICE.address()
        .toHexString() + "\",\"data\":\"" + init + "\"}]").asText());
    // 53,000 + calldata + EIP-3860 word cost + 10 bytes of code deposit (2,000) + the init code's steps.
    assertThat(estimate).isBetween(55_000L, 56_000L);
  }

  @Test
  void estimateGasOfACallThatAlwaysFailsSaysWhy() {
    final JsonNode reverted = chain.error("eth_estimateGas", call(ContractChain.REVERTS_NOPE.toHexString(), ""));
    assertThat(reverted.get("code").asInt()).isEqualTo(3);
    assertThat(reverted.get("message").asText()).isEqualTo("execution reverted: nope");
    assertThat(reverted.get("data").asText()).isEqualTo(NOPE_DATA);

    final JsonNode invalid = chain.error("eth_estimateGas", call(ContractChain.INVALID.toHexString(), ""));
    assertThat(invalid.get("code").asInt()).isEqualTo(-32000);
    assertThat(invalid.get("message").asText()).isEqualTo("gas required exceeds allowance (30000000)");
  }

  @Test
  void estimateGasLowersTheCeilingToWhatTheBalancePays() {
    final JsonNode error = chain.error("eth_estimateGas", call(ContractChain.INVALID.toHexString(),
        ",\"from\":\"" + ALICE.address().toHexString() + "\",\"gasPrice\":\"0x" + "d3c21bcecceda1000000" + "\""));
    // 1,000 TRIB at 1,000,000 TRIB per gas... pays for no gas at all.
    assertThat(error.get("message").asText()).isEqualTo("gas required exceeds allowance (0)");
  }
}
