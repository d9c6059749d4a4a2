package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugTraceTransactionTest {
  private final ContractChain chain = new ContractChain();

  private JsonNode trace(final int block, final int index, final String options) {
    return chain.result("debug_traceTransaction", "[\"" + chain.tx(block, index).hash().toHexString() + "\""
        + (options.isEmpty() ? "" : ", " + options) + "]");
  }

  private static List<String> ops(final JsonNode trace) {
    final List<String> ops = new ArrayList<>();
    trace.get("structLogs").forEach(log -> ops.add(log.get("op").asText()));
    return ops;
  }

  @Test
  void structLogsFollowEveryOperationWithGethsFields() {
    final JsonNode trace = trace(2, 0, "");
    final JsonNode receipt = chain.result("eth_getTransactionReceipt", "[\"" + chain.tx(2, 0).hash()
        .toHexString() + "\"]");
    assertThat(trace.get("gas").asLong()).isEqualTo(Long.decode(receipt.get("gasUsed").asText()));
    assertThat(trace.get("failed").asBoolean()).isFalse();
    assertThat(trace.get("returnValue").asText()).isEmpty();
    assertThat(ops(trace)).containsExactly("PUSH1", "CALLDATALOAD", "PUSH1", "SSTORE", "PUSH1", "CALLDATALOAD",
        "PUSH1", "PUSH1", "LOG1", "STOP");

    final JsonNode logs = trace.get("structLogs");
    final JsonNode first = logs.get(0);
    final List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("pc", "op", "gas", "gasCost", "depth", "stack");
    // 200,000 less the intrinsic 21,000 + 31 zero bytes (4 each) + one non-zero byte (16).
    assertThat(first.get("gas").asLong()).isEqualTo(200_000 - 21_000 - 31 * 4 - 16);
    assertThat(first.get("gasCost").asLong()).isEqualTo(3);
    assertThat(first.get("depth").asInt()).isEqualTo(1);
    for (int i = 1; i < logs.size(); i++) {
      assertThat(logs.get(i).get("gas").asLong())
          .isEqualTo(logs.get(i - 1).get("gas").asLong() - logs.get(i - 1).get("gasCost").asLong());
    }
    assertThat(logs.get(3).get("pc").asInt()).isEqualTo(5);

    final JsonNode sstore = logs.get(3);
    assertThat(sstore.get("stack").toString()).isEqualTo("[\"0x7\",\"0x0\"]");
    // A cold slot set from zero: 2,100 + 20,000 (EIP-2929, EIP-2200).
    assertThat(sstore.get("gasCost").asLong()).isEqualTo(22_100);
    assertThat(sstore.get("storage").get("00".repeat(32)).asText()).isEqualTo("00".repeat(31) + "07");
    assertThat(logs.get(4).has("storage")).isFalse();
  }

  @Test
  void aRevertIsFailedWithTheRevertDataAsReturnValueAndMemoryOnRequest() {
    final JsonNode trace = trace(2, 1, "{\"enableMemory\":true,\"disableStack\":true}");
    assertThat(trace.get("failed").asBoolean()).isTrue();
    assertThat(trace.get("returnValue").asText()).startsWith("08c379a0").hasSize(200);
    assertThat(ops(trace)).last().isEqualTo("REVERT");
    final JsonNode revert = trace.get("structLogs").get(trace.get("structLogs").size() - 1);
    assertThat(revert.has("stack")).isFalse();
    assertThat(revert.get("memory")).hasSize(4);
    assertThat(revert.get("memory").get(0).asText()).isEqualTo("08c379a0" + "00".repeat(28));
  }

  @Test
  void aTransferAfterACreationInTheSameBlockRunsNoCode() {
    final JsonNode creation = trace(1, 0, "");
    assertThat(creation.get("failed").asBoolean()).isFalse();
    assertThat(ops(creation)).endsWith("RETURN");
    assertThat(creation.get("returnValue").asText()).isEqualTo(ContractChain.STORE_AND_LOG_CODE
        .toUnprefixedHexString());
    final JsonNode transfer = trace(1, 1, "");
    assertThat(transfer.get("gas").asLong()).isEqualTo(21_000);
    assertThat(transfer.get("structLogs")).isEmpty();
  }

  @Test
  void unknownTransactionsAndNamedTracersAreRefused() {
    assertThat(chain.error("debug_traceTransaction", "[\"0x" + "11".repeat(32) + "\"]").get("message").asText())
        .contains("not found");
    final JsonNode named = chain.error("debug_traceTransaction", "[\"" + chain.tx(2, 0).hash().toHexString()
        + "\", {\"tracer\":\"callTracer\"}]");
    assertThat(named.get("code").asInt()).isEqualTo(-32602);
    assertThat(named.get("message").asText()).contains("callTracer is not supported");
  }
}
