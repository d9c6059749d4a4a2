package io.tributary.node.cli.infer;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.types.Wei;
import io.tributary.node.cli.chain.AbiValues;
import io.tributary.node.cli.chain.DecodedEvent;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import io.tributary.node.cli.chain.SentCall;
import io.tributary.state.ai.AiAddresses;
import io.tributary.state.ai.AttributionModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tributary infer record}: records one output of a model and pays its fee to the model and the datasets. */
@Command(name = "record", mixinStandardHelpOptions = true,
    description = {"Record one output of a model with the Attribution module (0x...a7003) and pay its fee.",
        "The CLI hashes the output's words (poa-engine SPEC.md section 1) and its audit hash here. The claims, "
            + "which datasets the output quotes and how many shingles of each, are computed by the node's "
            + "attribution engine (ai_attribute): the CLI does not hold the datasets' sketches. Every validator "
            + "computes them again; a transaction with wrong claims is never mined.",
        "Prints the inference id and each royalty paid (dataset, owner, hits, amount)."})
public final class InferRecordCommand extends ModuleCommand {
  @Option(names = "--model", required = true, paramLabel = "ID", description = "the model that produced the output")
  long model;

  @Option(names = "--text", required = true, paramLabel = "FILE", description = "the output, as UTF-8 text")
  Path textFile;

  @Option(names = "--fee", paramLabel = "WEI", description = "what to pay, in wei (default: the model's fee)")
  BigInteger fee;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed, IOException {
    if (!Files.isRegularFile(textFile)) {
      throw new IllegalArgumentException("no such file: " + textFile);
    }
    final OutputText output = OutputText.of(Files.readString(textFile, StandardCharsets.UTF_8));
    if (output.words().length == 0) {
      throw new IllegalArgumentException(textFile + " has no words");
    }
    final JsonRpcClient rpc = sender.rpc();
    final JsonNode modelRecord = rpc.call("ai_getModel", JsonRpcClient.quantity(model));
    if (modelRecord == null || modelRecord.isNull()) {
      throw new ModuleCallFailed("model " + model + " is not registered");
    }
    final BigInteger paid = fee != null ? fee : JsonRpcClient.quantity(modelRecord.get("inferenceFee"));
    if (paid.signum() < 0) {
      throw new IllegalArgumentException("--fee may not be negative");
    }
    final List<String> words = new ArrayList<>(output.words().length);
    for (final long w : output.words()) {
      words.add(JsonRpcClient.quantity(w));
    }
    final Map<String, Object> request = new LinkedHashMap<>();
    request.put("model", JsonRpcClient.quantity(model));
    request.put("words", words);
    final JsonNode attribution = rpc.call("ai_attribute", request);
    final List<Object> claims = new ArrayList<>();
    out.printf("%d words; claims computed by the node's %s engine:%n", output.words().length,
        attribution.path("engine").asText("attribution"));
    for (final JsonNode claim : attribution.path("claims")) {
      final BigInteger dataset = JsonRpcClient.quantity(claim.get("datasetId"));
      final BigInteger hits = JsonRpcClient.quantity(claim.get("hits"));
      claims.add(List.of(AbiValues.uint(dataset), AbiValues.uint(hits)));
      out.printf("  dataset %s: %s hits%s%n", dataset, hits, claim.path("eligible").asBoolean()
          ? "" : " (below minHits: not paid)");
    }
    if (claims.isEmpty()) {
      out.println("  none: the data share goes to the treasury");
    }
    final SentCall sent = sender.send(AiAddresses.ATTRIBUTION, Wei.of(paid), AttributionModule.RECORD_INFERENCE
        .encodeCall(AbiValues.uint64(model), output.outputHash(), AbiValues.uint64s(output.words()), claims));
    final DecodedEvent recorded = sent.first("InferenceRecorded").orElseThrow(() -> new ModuleCallFailed(
        "the inference was mined without an InferenceRecorded event"));
    out.println("inference id: " + recorded.uint("inferenceId"));
    out.println("fee paid: " + recorded.uint("fee") + " wei");
    for (final DecodedEvent royalty : sent.all("RoyaltyPaid")) {
      out.printf("royalty: dataset %s, owner %s, %s hits, %s wei%n", royalty.uint("datasetId"),
          royalty.address("owner").toChecksumString(), royalty.uint("hits"), royalty.uint("amount"));
    }
    return 0;
  }
}
