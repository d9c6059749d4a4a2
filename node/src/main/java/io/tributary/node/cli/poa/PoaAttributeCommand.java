package io.tributary.node.cli.poa;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.encoding.DecodingException;
import io.tributary.poa.AttributionBackend;
import io.tributary.poa.AttributionBatch;
import io.tributary.poa.AttributionEngine;
import io.tributary.poa.AttributionParams;
import io.tributary.poa.AttributionResult;
import io.tributary.poa.Inference;
import io.tributary.poa.MapSketchSource;
import io.tributary.poa.OpenClUnavailableException;
import io.tributary.poa.RoyaltySplit;
import io.tributary.poa.SealedSketch;
import io.tributary.poa.Shingles;
import io.tributary.poa.SketchFile;
import io.tributary.poa.SketchProblem;
import io.tributary.poa.TextNormalizer;
import io.tributary.poa.WordHasher;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.tuweni.bytes.Bytes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary poa attribute --sketch a.bin --sketch b.bin --text output.txt}: the hits and weights of each
 * dataset for one output, computed by the same engine and royalty split that validators run. Datasets are numbered
 * 1, 2, ... in the order of the --sketch options.
 */
@Command(name = "attribute", mixinStandardHelpOptions = true,
    description = "Attribute a text to dataset sketches: hits and weights per dataset.")
public final class PoaAttributeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--sketch", required = true, arity = "1", paramLabel = "FILE",
      description = "a dataset sketch (repeat for each candidate dataset)")
  List<Path> sketches;

  @Option(names = "--text", required = true, paramLabel = "FILE", description = "the model output, UTF-8 text")
  Path text;

  @Option(names = "--poa-backend", paramLabel = "auto|opencl|cpu|reference", defaultValue = "auto",
      description = "engine backend (default: ${DEFAULT-VALUE})")
  String backend;

  @Option(names = "--data-share", paramLabel = "WEI", defaultValue = "1000000000000000000",
      description = "amount to split between the datasets (default: ${DEFAULT-VALUE})")
  BigInteger dataShare;

  @Override
  public Integer call() throws IOException {
    final PrintWriter out = spec.commandLine().getOut();
    final PrintWriter err = spec.commandLine().getErr();
    final AttributionParams params = AttributionParams.DEFAULTS;
    final Map<Long, SealedSketch> byId = new LinkedHashMap<>();
    for (int i = 0; i < sketches.size(); i++) {
      final SealedSketch sketch;
      try {
        sketch = SketchFile.read(sketches.get(i));
      } catch (DecodingException e) {
        err.println("error: " + sketches.get(i) + ": " + e.getMessage());
        return 1;
      }
      final SketchProblem problem = sketch.check(params);
      if (problem != SketchProblem.NONE) {
        err.println("error: " + sketches.get(i) + ": " + problem.description());
        return 1;
      }
      byId.put(i + 1L, sketch);
    }
    final String normalized = TextNormalizer.normalize(Files.readString(text, StandardCharsets.UTF_8));
    final List<String> words = TextNormalizer.splitWords(normalized);
    long[] hashes = WordHasher.hashAll(words);
    if (hashes.length > params.maxWords()) {
      err.printf(Locale.ROOT, "note: %d words, attributing the first maxWords = %d as the chain would store them%n",
          hashes.length, params.maxWords());
      hashes = Arrays.copyOf(hashes, params.maxWords());
    }
    final long[] ids = byId.keySet().stream().mapToLong(Long::longValue).toArray();
    final AttributionResult result;
    try (AttributionEngine engine = AttributionBackend.parse(backend).open()) {
      result = engine.attribute(params,
          new AttributionBatch(List.of(new Inference(hashes, ids))), new MapSketchSource(byId));
    } catch (OpenClUnavailableException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    final int[] hits = result.hitsOf(0);
    final RoyaltySplit split = RoyaltySplit.of(dataShare, ids, hits, params.minHits());
    out.printf(Locale.ROOT, "text:     %s, %d words, %d distinct shingles (n = %d)%n", text, hashes.length,
        Shingles.distinct(hashes, params.shingleWords()).length, params.shingleWords());
    out.printf(Locale.ROOT, "audit:    %s%n",
        Keccak256.hash(Bytes.wrap(normalized.getBytes(StandardCharsets.UTF_8))).toHexString());
    out.printf(Locale.ROOT, "%-3s %-40s %8s %8s %8s %s%n", "id", "sketch", "hits", "eligible", "weight", "amount");
    for (int i = 0; i < ids.length; i++) {
      final RoyaltySplit.Share share = split.shares().get(i);
      out.printf(Locale.ROOT, "%-3d %-40s %8d %8s %7d.%02d%% %s%n", ids[i], sketches.get(i).getFileName(),
          share.hits(), share.eligible() ? "yes" : "no", share.basisPoints() / 100, share.basisPoints() % 100,
          share.amount());
    }
    out.printf(Locale.ROOT, "treasury: %s (minHits = %d)%n", split.treasury(), params.minHits());
    return 0;
  }
}
