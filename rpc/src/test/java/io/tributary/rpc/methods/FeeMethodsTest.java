package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeMethodsTest {
  /** Base fees of blocks 0..3 and of the next block, by EIP-1559 from 1 gwei at genesis. */
  private static final List<String> BASE_FEES = List.of("0x3b9aca00", "0x342770c0", "0x2da72ef2", "0x27fa5e7d",
      "0x22fb12ae");
  private static final String GWEI_1 = "0x3b9aca00";
  private static final String GWEI_2 = "0x77359400";
  private static final String GWEI_2_125 = "0x7ea8ed40";
  private static final String GWEI_3 = "0xb2d05e00";

  private final ReadChain chain = new ReadChain();

  private static List<String> texts(final JsonNode array) {
    final List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  @Test
  void maxPriorityFeeIsThe60thPercentileOfRecentCheapTips() {
    // Samples: block 1 tips 2 and 2.125 gwei, block 2 tips 1 and 3 gwei; the 60th percentile of four is the second.
    assertThat(chain.result("eth_maxPriorityFeePerGas", "[]").asText()).isEqualTo(GWEI_2);
  }

  @Test
  void gasPriceIsTheNextBaseFeePlusTheSuggestedTip() {
    assertThat(chain.result("eth_gasPrice", "[]").asText()).isEqualTo("0x9a30a6ae");
  }

  @Test
  void feeHistoryGivesBaseFeesRatiosAndGasWeightedRewards() {
    final JsonNode history = chain.result("eth_feeHistory", "[\"0x4\", \"latest\", [0, 25, 50, 75, 100]]");
    assertThat(history.get("oldestBlock").asText()).isEqualTo("0x0");
    assertThat(texts(history.get("baseFeePerGas"))).isEqualTo(BASE_FEES);
    assertThat(history.get("gasUsedRatio")).hasSize(4);
    assertThat(history.get("gasUsedRatio").get(0).isNumber()).isTrue();
    assertThat(history.get("gasUsedRatio").get(1).asDouble()).isEqualTo(0.0014);
    assertThat(history.get("gasUsedRatio").get(3).asDouble()).isZero();
    final JsonNode reward = history.get("reward");
    assertThat(texts(reward.get(0))).containsExactly("0x0", "0x0", "0x0", "0x0", "0x0");
    assertThat(texts(reward.get(1))).containsExactly(GWEI_2, GWEI_2, GWEI_2, GWEI_2_125, GWEI_2_125);
    // Block 2: the 1 gwei transaction used 53,000 of 83,000 gas, so it covers up to the 63rd percentile.
    assertThat(texts(reward.get(2))).containsExactly(GWEI_1, GWEI_1, GWEI_1, GWEI_3, GWEI_3);
    assertThat(texts(reward.get(3))).containsExactly("0x0", "0x0", "0x0", "0x0", "0x0");
  }

  @Test
  void fractionalPercentilesAreReadExactly() {
    final JsonNode history = chain.result("eth_feeHistory", "[\"0x1\", \"0x2\", [63.8, 63.9]]");
    // 63.8% of 83,000 is 52,954 (the first transaction suffices), 63.9% is 53,037 (it does not).
    assertThat(texts(history.get("reward").get(0))).containsExactly(GWEI_1, GWEI_3);
  }

  @Test
  void feeHistoryCutsTheCountAtGenesisAndOmitsRewardsWithoutPercentiles() {
    final JsonNode history = chain.result("eth_feeHistory", "[\"0xa\", \"0x1\"]");
    assertThat(history.get("oldestBlock").asText()).isEqualTo("0x0");
    assertThat(texts(history.get("baseFeePerGas"))).isEqualTo(BASE_FEES.subList(0, 3));
    assertThat(history.has("reward")).isFalse();
    final JsonNode one = chain.result("eth_feeHistory", "[1, \"latest\", []]");
    assertThat(one.get("oldestBlock").asText()).isEqualTo("0x3");
    assertThat(texts(one.get("baseFeePerGas"))).isEqualTo(BASE_FEES.subList(3, 5));
  }

  @Test
  void feeHistoryRefusesBadPercentilesAndBlocksPastTheHead() {
    assertThat(chain.error("eth_feeHistory", "[\"0x2\", \"latest\", [50, 25]]").get("message").asText())
        .contains("invalid reward percentiles");
    assertThat(chain.error("eth_feeHistory", "[\"0x2\", \"latest\", [101]]").get("code").asInt()).isEqualTo(-32602);
    assertThat(chain.error("eth_feeHistory", "[\"two\", \"latest\", []]").get("message").asText())
        .contains("block count");
    final JsonNode beyond = chain.error("eth_feeHistory", "[\"0x2\", \"0x9\", []]");
    assertThat(beyond.get("code").asInt()).isEqualTo(-32000);
    assertThat(beyond.get("message").asText()).isEqualTo("request beyond head block: requested 9, head 3");
  }

  @Test
  void feeHistoryRefusesAPercentileBeyondADoublesRangeAsInvalidParams() {
    // Found by JsonRpcProcessorFuzzTest: 251e4005 reads as an infinite double and threw, an internal error.
    final JsonNode error = chain.error("eth_feeHistory", "[\"0x4\", \"latest\", [251e4005]]");
    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).contains("invalid reward percentile");
  }
}
