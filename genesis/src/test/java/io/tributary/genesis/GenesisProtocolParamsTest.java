package io.tributary.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.types.Hash;
import io.tributary.state.ai.AiParams;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.gov.AiParamStore;
import io.tributary.state.gov.AiParameter;
import io.tributary.state.gov.ChainParamStore;
import io.tributary.state.gov.ChainParameter;
import io.tributary.state.gov.GovGenesis;
import io.tributary.state.spec.BaseFeeCalculator;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code config.tributary.attribution}, {@code .ai} and {@code .chain}: validated with their JSON paths, written into
 * the Governance module's storage in force from block 1, and a file that names no values, or only the ones in force,
 * builds the same state root as one without the sections.
 */
class GenesisProtocolParamsTest {
  private static final String V1 = "0x0000000000000000000000000000000000000001";

  private static String genesis(final String sections) {
    return "{\"config\": {\"chainId\": 7, \"tributary\": {\"validators\": [\"" + V1 + "\"]" + (sections.isEmpty() ? ""
        : ", " + sections) + "}}, \"alloc\": {\"0x00000000000000000000000000000000000000aa\": {\"balance\": \"5\"}}}";
  }

  private static List<String> problems(final String sections) {
    return GenesisFile.validate(genesis(sections)).problems().stream().map(GenesisProblem::toString).toList();
  }

  private static GenesisBlock block(final String sections) {
    return GenesisBlock.of(GenesisFile.parse(genesis(sections)), new WorldStateArchive(new InMemoryKeyValueStorage()));
  }

  private static Hash root(final String sections) {
    return block(sections).block().header().stateRoot();
  }

  @Test
  void namingTheValuesInForceChangesNoStateRoot() {
    final AiParams d = AiParams.DEFAULT;
    assertThat(root("\"attribution\": {}, \"ai\": {}, \"chain\": {}")).isEqualTo(root(""));
    assertThat(root("\"attribution\": {\"minHits\": " + d.attribution().minHits() + ", \"maxWords\": "
        + d.attribution().maxWords() + "}, \"ai\": {\"minDataBps\": " + d.minDataBps() + ", \"maxTreasuryBps\": \""
        + d.maxTreasuryBps() + "\"}, \"chain\": {\"elasticityMultiplier\": 2, \"baseFeeChangeDenominator\": \"0x8\"}"))
        .isEqualTo(root(""));
  }

  @Test
  void namedValuesAreInForceFromBlockOne() {
    final GenesisBlock block = block("\"attribution\": {\"minHits\": 3}, \"ai\": {\"maxLineageBps\": 1234},"
        + " \"chain\": {\"baseFeeChangeDenominator\": 50}");
    assertThat(block.block().header().stateRoot()).isNotEqualTo(root(""));
    final WorldUpdaterEvmWorld world = new WorldUpdaterEvmWorld(block.state());
    final AiParams atOne = AiParamStore.read(world, AiParams.DEFAULT, 1);
    assertThat(atOne.attribution().minHits()).isEqualTo(3);
    assertThat(atOne.maxLineageBps()).isEqualTo(1234);
    assertThat(atOne.attribution().maxWords()).isEqualTo(AiParams.DEFAULT.attribution().maxWords());
    assertThat(GovGenesis.aiParams(world)).isEqualTo(atOne);
    assertThat(ChainParamStore.baseFee(world, BaseFeeCalculator.LONDON).changeDenominator()).isEqualTo(50);
    assertThat(ChainParamStore.baseFee(world, BaseFeeCalculator.LONDON).elasticityMultiplier()).isEqualTo(2);
    assertThat(ChainParamStore.gasLimit(world)).isEmpty();
    assertThat(GenesisFile.parse(genesis("\"attribution\": {\"minHits\": 3}")).aiParams())
        .isEqualTo(Map.of(AiParameter.MIN_HITS, 3));
    assertThat(GenesisFile.parse(genesis("\"chain\": {\"elasticityMultiplier\": 4}")).chainParams())
        .isEqualTo(Map.of(ChainParameter.ELASTICITY_MULTIPLIER, 4L));
  }

  @Test
  void everyProblemIsReportedWithItsPath() {
    assertThat(problems("""
        "attribution": {"minHits": 0, "n": 5, "maxWords": "lots"},
        "ai": {"minTreasuryBps": 10001, "minDataBps": 1.5},
        "chain": {"gasLimit": 60000000, "baseFeeChangeDenominator": 1001, "elasticity": 2}""")).containsExactly(
        "config.tributary.attribution.minHits: is 0, outside 1..65536 (the range a proposal could set)",
        "config.tributary.attribution.n: not a parameter of attribution (minHits, maxWords)",
        "config.tributary.attribution.maxWords: not a number: \"lots\" (write a JSON integer, a decimal string or"
            + " 0x-hex)",
        "config.tributary.ai.minTreasuryBps: is 10001, outside 0..10000 (the range a proposal could set)",
        "config.tributary.ai.minDataBps: not an integer: 1.5",
        "config.tributary.chain.gasLimit: the gas limit at genesis is the top-level gasLimit (chain.gasLimit is what a"
            + " proposal changes later)",
        "config.tributary.chain.baseFeeChangeDenominator: is 1001, outside 1..1000 (the range a proposal could set)",
        "config.tributary.chain.elasticity: not a parameter of chain (elasticityMultiplier,"
            + " baseFeeChangeDenominator)");
    assertThat(problems("\"ai\": {\"minTreasuryBps\": 3000, \"maxTreasuryBps\": 2000}")).containsExactly(
        "config.tributary.ai: ai.minTreasuryBps 3000 would exceed ai.maxTreasuryBps 2000 (with the defaults of those"
            + " left out)");
    assertThat(problems("\"chain\": [1]")).containsExactly(
        "config.tributary.chain: must be an object of parameter -> value, got [1]");
  }

  @Test
  void aConfigBuiltInCodeIsCheckedWhenItsBlockIsBuilt() {
    final GenesisConfig config = GenesisFile.parse(genesis("")).withAiParams(Map.of(AiParameter.MIN_TREASURY_BPS,
        9_000, AiParameter.MAX_TREASURY_BPS, 100));
    assertThatThrownBy(() -> GenesisBlock.of(config, new WorldStateArchive(new InMemoryKeyValueStorage())))
        .isInstanceOf(GenesisException.class).hasMessageContaining("would exceed ai.maxTreasuryBps");
  }
}
