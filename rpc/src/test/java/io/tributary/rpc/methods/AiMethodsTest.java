package io.tributary.rpc.methods;

import static io.tributary.rpc.methods.AiChain.ALICE;
import static io.tributary.rpc.methods.AiChain.BOB;
import static io.tributary.rpc.methods.AiChain.CAROL;
import static io.tributary.rpc.methods.AiChain.MODELLER;
import static io.tributary.rpc.methods.AiChain.USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.crypto.Keccak256;
import io.tributary.poa.WordHasher;
import io.tributary.state.ai.AiParams;
import io.tributary.state.ai.Claim;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class AiMethodsTest {
  private static final AiChain CHAIN = new AiChain();

  private static String hex(final long value) {
    return "0x" + Long.toHexString(value);
  }

  private static List<String> texts(final JsonNode array) {
    final List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.isNull() ? null : node.asText()));
    return values;
  }

  @Test
  void getDatasetAnswersTheRegistryRecordWithQuantitiesAndWhenItIsAttributable() {
    final JsonNode d = CHAIN.result("ai_getDataset", "[\"0x1\"]");
    assertThat(d.get("id").asText()).isEqualTo("0x1");
    assertThat(d.get("owner").asText()).isEqualTo(ALICE.address().toHexString());
    assertThat(d.get("registrant").asText()).isEqualTo(ALICE.address().toHexString());
    assertThat(d.get("name").asText()).isEqualTo("rivers");
    assertThat(d.get("metadataUri").asText()).isEqualTo("ipfs://rivers");
    assertThat(d.get("contentRoot").asText()).isEqualTo(AiChain.CONTENT_ROOT.toHexString());
    assertThat(d.get("licence").asText()).isEqualTo("CC-BY-4.0");
    assertThat(d.get("sketchBits").asText()).isEqualTo("0xa");
    assertThat(d.get("sketchBytes").asText()).isEqualTo("0x80");
    assertThat(d.get("uploadedBytes").asText()).isEqualTo("0x80");
    assertThat(d.get("commitment").asText()).isEqualTo(CHAIN.rivers.commitment().toHexString());
    assertThat(d.get("shingleCount").asText()).isEqualTo(hex(CHAIN.rivers.shingleCount()));
    assertThat(d.get("registeredAt").asText()).isEqualTo("0x1");
    assertThat(d.get("sealed").asBoolean()).isTrue();
    assertThat(d.get("sealedAt").asText()).isEqualTo("0x1");
    assertThat(d.get("attributableFrom").asText()).isEqualTo("0x2");
    assertThat(d.get("active").asBoolean()).isTrue();
    assertThat(d.get("deactivatedAt").isNull()).isTrue();
    // Owner 50%, data 40% of 1,000,003 wei: floor(1000003 * 4000 / 10000) = 400,001 to the one eligible dataset.
    assertThat(d.get("royaltiesPaid").asText()).isEqualTo(hex(400_001));
    assertThat(d.get("inferences").asText()).isEqualTo("0x1");
  }

  @Test
  void getDatasetReadsTheStateOfTheAskedBlock() {
    final JsonNode before = CHAIN.result("ai_getDataset", "[\"0x2\", \"0x1\"]");
    assertThat(before.get("sealed").asBoolean()).isFalse();
    assertThat(before.get("uploadedBytes").asText()).isEqualTo("0x80");
    assertThat(before.get("commitment").isNull()).isTrue();
    assertThat(before.get("sealedAt").isNull()).isTrue();
    assertThat(before.get("attributableFrom").isNull()).isTrue();
    final JsonNode after = CHAIN.result("ai_getDataset", "[\"0x2\", \"latest\"]");
    assertThat(after.get("sealedAt").asText()).isEqualTo("0x2");
    assertThat(after.get("attributableFrom").asText()).isEqualTo("0x3");
    assertThat(after.get("royaltiesPaid").asText()).isEqualTo("0x0");
    // Carol's dataset never got a sketch; an unknown id, or one not yet registered at the block, is null.
    assertThat(CHAIN.result("ai_getDataset", "[3]").get("uploadedBytes").asText()).isEqualTo("0x0");
    assertThat(CHAIN.result("ai_getDataset", "[\"0x4\"]").isNull()).isTrue();
    assertThat(CHAIN.result("ai_getDataset", "[\"0x3\", \"0x1\"]").isNull()).isTrue();
    assertThat(CHAIN.result("ai_getDataset", "[\"0x1\", \"earliest\"]").isNull()).isTrue();
  }

  @Test
  void listDatasetsPagesFromAnIdWithALimit() {
    final JsonNode all = CHAIN.result("ai_listDatasets", "[]");
    assertThat(all.get("total").asText()).isEqualTo("0x3");
    assertThat(all.get("datasets")).extracting(n -> n.get("name").asText()).containsExactly("rivers", "bees", "empty");
    assertThat(all.get("datasets").get(2).get("owner").asText()).isEqualTo(CAROL.address().toHexString());
    final JsonNode page = CHAIN.result("ai_listDatasets", "[{\"fromId\":\"0x2\",\"limit\":1}]");
    assertThat(page.get("total").asText()).isEqualTo("0x3");
    assertThat(page.get("datasets")).extracting(n -> n.get("id").asText()).containsExactly("0x2");
    assertThat(CHAIN.result("ai_listDatasets", "[{\"fromId\":\"0x9\"}]").get("datasets")).isEmpty();
    assertThat(CHAIN.result("ai_listDatasets", "[{\"fromId\":\"0xffffffffffffffff\"}]").get("datasets")).isEmpty();
    final JsonNode atOne = CHAIN.result("ai_listDatasets", "[null, \"0x1\"]");
    assertThat(atOne.get("total").asText()).isEqualTo("0x2");
    assertThat(atOne.get("datasets").get(1).get("owner").asText()).isEqualTo(BOB.address().toHexString());
  }

  @Test
  void getModelAnswersItsSplitCandidatesAndLineage() {
    final JsonNode base = CHAIN.result("ai_getModel", "[\"0x1\"]");
    assertThat(base.get("owner").asText()).isEqualTo(MODELLER.address().toHexString());
    assertThat(base.get("baseModel").isNull()).isTrue();
    assertThat(base.get("lineage")).isEmpty();
    assertThat(base.get("name").asText()).isEqualTo("river-bee-7b");
    assertThat(base.get("weightsHash").asText()).isEqualTo(AiChain.WEIGHTS.toHexString());
    assertThat(texts(base.get("trainingDatasets"))).containsExactly("0x1", "0x2");
    assertThat(texts(base.get("candidates"))).containsExactly("0x1", "0x2");
    assertThat(base.get("inferenceFee").asText()).isEqualTo(hex(1_000_003));
    final JsonNode split = base.get("split");
    assertThat(List.of(split.get("ownerBps").asText(), split.get("lineageBps").asText(),
        split.get("dataBps").asText(), split.get("treasuryBps").asText()))
        .containsExactly(hex(5_000), "0x0", hex(4_000), hex(1_000));
    assertThat(base.get("registeredAt").asText()).isEqualTo("0x2");
    assertThat(base.get("active").asBoolean()).isTrue();

    final JsonNode adapter = CHAIN.result("ai_getModel", "[\"0x2\"]");
    assertThat(adapter.get("baseModel").asText()).isEqualTo("0x1");
    assertThat(texts(adapter.get("lineage"))).containsExactly("0x1");
    assertThat(adapter.get("trainingDatasets")).isEmpty();
    assertThat(texts(adapter.get("candidates"))).containsExactly("0x1", "0x2");
    assertThat(adapter.get("split").get("lineageBps").asText()).isEqualTo(hex(2_000));
    assertThat(CHAIN.result("ai_getModel", "[\"0x3\"]").isNull()).isTrue();
    assertThat(CHAIN.result("ai_getModel", "[\"0x1\", \"0x1\"]").isNull()).isTrue();
  }

  @Test
  void listModelsPagesAsListDatasetsDoes() {
    final JsonNode all = CHAIN.result("ai_listModels", "[{}]");
    assertThat(all.get("total").asText()).isEqualTo("0x2");
    assertThat(all.get("models")).extracting(n -> n.get("name").asText())
        .containsExactly("river-bee-7b", "river-bee-7b-lora");
    assertThat(texts(all.get("models").get(1).get("lineage"))).containsExactly("0x1");
    final JsonNode second = CHAIN.result("ai_listModels", "[{\"fromId\":2,\"limit\":\"0x3e8\"}, \"latest\"]");
    assertThat(second.get("models")).extracting(n -> n.get("id").asText()).containsExactly("0x2");
  }

  @Test
  void getInferenceAnswersTheVerifiedClaimsAndWhatWasPaid() {
    final long[] words = WordHasher.hashText(AiChain.QUOTE);
    final JsonNode r = CHAIN.result("ai_getInference", "[\"0x1\"]");
    assertThat(r.get("id").asText()).isEqualTo("0x1");
    assertThat(r.get("model").asText()).isEqualTo("0x1");
    assertThat(r.get("caller").asText()).isEqualTo(USER.address().toHexString());
    assertThat(r.get("outputHash").asText()).isEqualTo(AiChain.OUTPUT.toHexString());
    final ByteBuffer packed = ByteBuffer.allocate(words.length * 8);
    for (final long word : words) {
      packed.putLong(word);
    }
    assertThat(r.get("wordsHash").asText()).isEqualTo(Bytes.wrap(Keccak256.digest(packed.array())).toHexString());
    assertThat(r.get("wordCount").asText()).isEqualTo(hex(words.length));
    assertThat(r.get("fee").asText()).isEqualTo(hex(1_000_003));
    assertThat(r.get("blockNumber").asText()).isEqualTo("0x3");
    assertThat(CHAIN.claims).extracting(Claim::datasetId).containsExactly(1L);
    assertThat(r.get("claims")).hasSize(1);
    assertThat(r.get("claims").get(0).get("datasetId").asText()).isEqualTo("0x1");
    assertThat(r.get("claims").get(0).get("hits").asText()).isEqualTo(hex(CHAIN.claims.get(0).hits()));
    assertThat(CHAIN.result("ai_getInference", "[\"0x2\"]").isNull()).isTrue();
    assertThat(CHAIN.result("ai_getInference", "[\"0x1\", \"0x2\"]").isNull()).isTrue();
  }

  @Test
  void getRoyaltiesAnswersWhatAnAddressEarned() {
    final JsonNode alice = CHAIN.result("ai_getRoyalties", "[\"" + ALICE.address().toHexString() + "\"]");
    assertThat(alice.get("total").asText()).isEqualTo(hex(400_001));
    assertThat(alice.get("payments").asText()).isEqualTo("0x1");
    final JsonNode bob = CHAIN.result("ai_getRoyalties", "[\"" + BOB.address().toHexString() + "\"]");
    assertThat(bob.get("total").asText()).isEqualTo("0x0");
    assertThat(bob.get("payments").asText()).isEqualTo("0x0");
    final JsonNode before = CHAIN.result("ai_getRoyalties", "[\"" + ALICE.address().toHexString() + "\", \"0x2\"]");
    assertThat(before.get("total").asText()).isEqualTo("0x0");
  }

  @Test
  void attributeDryRunsTheNextBlocksComputation() {
    final long[] words = WordHasher.hashText(AiChain.QUOTE);
    final JsonNode r = CHAIN.result("ai_attribute", "[{\"model\":\"0x1\",\"words\":" + AiChain.hexWords(words)
        + "}]");
    assertThat(r.get("model").asText()).isEqualTo("0x1");
    assertThat(texts(r.get("candidates"))).containsExactly("0x1", "0x2");
    assertThat(r.get("claims")).hasSize(1);
    final JsonNode claim = r.get("claims").get(0);
    assertThat(claim.get("datasetId").asText()).isEqualTo("0x1");
    assertThat(claim.get("hits").asText()).isEqualTo(hex(CHAIN.claims.get(0).hits()));
    assertThat(claim.get("eligible").asBoolean()).isTrue();
    assertThat(r.get("wordCount").asText()).isEqualTo(hex(words.length));
    assertThat(r.get("shingles").asText()).isEqualTo(hex(io.tributary.poa.Shingles.distinct(words,
        AiParams.DEFAULT.attribution().shingleWords()).length));
    assertThat(r.get("engine").asText()).isEqualTo("reference");
    assertThat(r.has("matches")).isFalse();
    assertThat(r.has("mismatch")).isFalse();
    // The text itself, hashed as the CLI hashes it, gives the same answer; so does the adapter, by its lineage.
    assertThat(CHAIN.result("ai_attribute", "[{\"model\":1,\"text\":\"" + AiChain.QUOTE + "\"}]")).isEqualTo(r);
    assertThat(CHAIN.result("ai_attribute", "[{\"model\":2,\"text\":\"" + AiChain.QUOTE + "\"}]").get("claims"))
        .isEqualTo(r.get("claims"));
  }

  @Test
  void attributeAtAnEarlierBlockSeesOnlyTheDatasetsAttributableInTheBlockAfterIt() {
    // After block 2 dataset 2 was sealed in it, so the block after (3) attributes against both; after block 1 there
    // was no model yet.
    assertThat(texts(CHAIN.result("ai_attribute", "[{\"model\":1,\"text\":\"" + AiChain.BEES + "\"}, \"0x2\"]")
        .get("candidates"))).containsExactly("0x1", "0x2");
    final JsonNode bees = CHAIN.result("ai_attribute", "[{\"model\":1,\"text\":\"" + AiChain.BEES + "\"}]");
    assertThat(bees.get("claims")).extracting(n -> n.get("datasetId").asText()).contains("0x2");
    assertThat(CHAIN.error("ai_attribute", "[{\"model\":1,\"text\":\"" + AiChain.BEES + "\"}, \"0x1\"]")
        .get("message").asText()).isEqualTo("unknown model at params[0]: model 1 is not registered");
  }

  @Test
  void attributeWithClaimsSaysWhetherTheyMatchAndWhyNot() {
    final int hits = CHAIN.claims.get(0).hits();
    final String text = "\"text\":\"" + AiChain.QUOTE + "\"";
    final JsonNode right = CHAIN.result("ai_attribute", "[{\"model\":1," + text + ",\"claims\":[{\"datasetId\":1,"
        + "\"hits\":\"" + hex(hits) + "\"}]}]");
    assertThat(right.get("matches").asBoolean()).isTrue();
    assertThat(right.has("mismatch")).isFalse();
    final JsonNode wrong = CHAIN.result("ai_attribute", "[{\"model\":1," + text + ",\"claims\":[{\"datasetId\":1,"
        + "\"hits\":" + (hits + 1) + "}]}]");
    assertThat(wrong.get("matches").asBoolean()).isFalse();
    assertThat(wrong.get("mismatch").asText())
        .isEqualTo("dataset 1 claimed " + (hits + 1) + " hits, the computation finds " + hits);
    final JsonNode missing = CHAIN.result("ai_attribute", "[{\"model\":1," + text + ",\"claims\":[]}]");
    assertThat(missing.get("mismatch").asText()).isEqualTo("dataset 1 has " + hits + " hits but is not claimed");
    final JsonNode unordered = CHAIN.result("ai_attribute", "[{\"model\":1," + text + ",\"claims\":["
        + "{\"datasetId\":2,\"hits\":1},{\"datasetId\":1,\"hits\":" + hits + "}]}]");
    assertThat(unordered.get("mismatch").asText()).startsWith("ClaimsOutOfOrder: ");
    final JsonNode foreign = CHAIN.result("ai_attribute", "[{\"model\":1," + text + ",\"claims\":["
        + "{\"datasetId\":3,\"hits\":1}]}]");
    assertThat(foreign.get("mismatch").asText()).startsWith("ForeignDataset: dataset 3 ");
    final JsonNode zero = CHAIN.result("ai_attribute", "[{\"model\":1," + text + ",\"claims\":["
        + "{\"datasetId\":1,\"hits\":0}]}]");
    assertThat(zero.get("mismatch").asText()).startsWith("ZeroHitClaim: ");
  }

  @Test
  void attributeRejectsWhatNoInferenceCouldCarry() {
    final StringBuilder many = new StringBuilder("[");
    for (int i = 0; i <= AiParams.DEFAULT.attribution().maxWords(); i++) {
      many.append(i == 0 ? "" : ",").append("\"0x").append(Integer.toHexString(i + 1)).append('"');
    }
    many.append(']');
    assertThat(message("ai_attribute", "[{\"model\":1,\"words\":" + many + "}]"))
        .isEqualTo("too many words at params[0]: 4097 word hashes, at most 4096 per inference");
    assertThat(message("ai_attribute", "[{\"model\":1,\"words\":[]}]"))
        .isEqualTo("no words at params[0]: an inference carries at least one word hash");
    assertThat(message("ai_attribute", "[{\"model\":1,\"text\":\" ... \"}]"))
        .isEqualTo("no words at params[0]: an inference carries at least one word hash");
    assertThat(message("ai_attribute", "[{\"model\":9,\"text\":\"a b c\"}]"))
        .isEqualTo("unknown model at params[0]: model 9 is not registered");
    assertThat(message("ai_attribute", "[{\"model\":1}]"))
        .isEqualTo("invalid params[0]: give either words (hex uint64 word hashes) or text, not neither");
    assertThat(message("ai_attribute", "[{\"model\":1,\"text\":\"a\",\"words\":[\"0x1\"]}]"))
        .isEqualTo("invalid params[0]: give either words (hex uint64 word hashes) or text, not both");
    assertThat(message("ai_attribute", "[{\"text\":\"a\"}]")).isEqualTo("missing model at params[0]");
    assertThat(message("ai_attribute", "[{\"model\":1,\"txt\":\"a\"}]"))
        .isEqualTo("unknown field \"txt\" in params[0]: expected claims, model, text, words");
    assertThat(message("ai_attribute", "[{\"model\":1,\"words\":[\"0x12345678901234567\"]}]"))
        .isEqualTo("invalid words at params[0][0]: expected a uint64 in hex (0x and 1 to 16 hex digits), got"
            + " \"0x12345678901234567\"");
    assertThat(message("ai_attribute", "[{\"model\":1,\"words\":[\"0x1\"],\"claims\":[{\"datasetId\":1}]}]"))
        .isEqualTo("missing hits at claims at params[0][0]");
    assertThat(message("ai_attribute", "[{\"model\":-1,\"words\":[\"0x1\"]}]"))
        .isEqualTo("invalid model at params[0]: -1 is not a uint64");
    assertThat(message("ai_attribute", "[\"0x1\"]"))
        .isEqualTo("invalid params[0]: expected an object with claims, model, text, words");
    assertThat(message("ai_attribute", "[]")).isEqualTo("missing attribution request at params[0]");
  }

  @Test
  void badParametersAreInvalidParamsThatSayWhatIsWrong() {
    assertThat(message("ai_getDataset", "[]")).isEqualTo("missing dataset id at params[0]");
    assertThat(message("ai_getDataset", "[\"1\"]"))
        .isEqualTo("invalid dataset id at params[0]: expected a 0x-prefixed hex quantity");
    assertThat(message("ai_getDataset", "[\"0x01\"]"))
        .isEqualTo("invalid dataset id at params[0]: hex quantity has leading zeros");
    assertThat(message("ai_getDataset", "[true]"))
        .isEqualTo("invalid dataset id at params[0]: expected a hex quantity or an integer");
    assertThat(message("ai_getModel", "[\"0x10000000000000000\"]"))
        .isEqualTo("invalid model id at params[0]: 18446744073709551616 is not a uint64");
    assertThat(message("ai_getInference", "[\"0x1\", \"newest\"]"))
        .isEqualTo("invalid block number at params[1]: expected a 0x-prefixed hex quantity");
    assertThat(message("ai_getRoyalties", "[\"0x1234\"]"))
        .isEqualTo("invalid address at params[0]: an address is 20 bytes");
    assertThat(message("ai_listDatasets", "[{\"limit\":0}]"))
        .isEqualTo("invalid limit at params[0]: 0 is outside 1..1000");
    assertThat(message("ai_listModels", "[{\"limit\":\"0x3e9\"}]"))
        .isEqualTo("invalid limit at params[0]: 1001 is outside 1..1000");
    assertThat(message("ai_listModels", "[{\"from\":1}]"))
        .isEqualTo("unknown field \"from\" in params[0]: expected fromId, limit");
    assertThat(message("ai_listDatasets", "[[]]"))
        .isEqualTo("invalid params[0]: expected an object with fromId, limit");
    final JsonNode unknownBlock = CHAIN.error("ai_getDataset", "[\"0x1\", \"0x99\"]");
    assertThat(unknownBlock.get("code").asInt()).isEqualTo(-32001);
    assertThat(unknownBlock.get("message").asText()).isEqualTo("header not found");
  }

  @Test
  void engineInfoNamesTheBackendTheNextBlocksParametersAndTheCounters() {
    final JsonNode info = CHAIN.result("poa_engineInfo", "[]");
    assertThat(info.get("backend").asText()).isEqualTo("reference");
    assertThat(info.get("device").asText()).isNotEmpty();
    final JsonNode params = info.get("params");
    assertThat(List.of(params.get("n").asText(), params.get("k").asText(), params.get("minBits").asText(),
        params.get("maxBits").asText(), params.get("minHits").asText(), params.get("maxWords").asText()))
        .containsExactly("0x8", "0x10", "0xa", "0x18", "0x6", "0x1000");
    final JsonNode counters = info.get("counters");
    // At least the batch that computed inference 1's claims before block 3.
    assertThat(Long.decode(counters.get("batches").asText())).isPositive();
    assertThat(Long.decode(counters.get("inferences").asText())).isPositive();
    assertThat(Long.decode(counters.get("pairs").asText())).isPositive();
    assertThat(counters.get("millis").asText()).startsWith("0x");
  }

  private static String message(final String method, final String params) {
    final JsonNode error = CHAIN.error(method, params);
    assertThat(error.get("code").asInt()).as("%s(%s)", method, params).isEqualTo(-32602);
    return error.get("message").asText();
  }
}
