package io.tributary.node.cli.dataset;

import io.tributary.poa.AttributionParams;
import io.tributary.poa.SealedSketch;
import io.tributary.poa.ShingleCollector;
import io.tributary.poa.SketchBuilder;
import io.tributary.poa.SketchFile;
import io.tributary.poa.SketchProblem;
import io.tributary.poa.TextNormalizer;
import io.tributary.poa.WordHasher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary dataset sketch --in <files or dirs> --out sketch.bin}: streams a corpus (every regular file under
 * the inputs, UTF-8, one document per file, read line by line), counts its distinct shingles, sizes the filter so it
 * stays at most half full and writes the sketch file of SPEC.md section 6.
 */
@Command(name = "sketch", mixinStandardHelpOptions = true,
    description = "Build a dataset's Bloom-filter sketch from text files (SPEC.md, poa-engine).")
public final class DatasetSketchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--in", required = true, arity = "1..*", paramLabel = "PATH",
      description = "text files or directories (walked recursively, in name order)")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the sketch file to write")
  Path out;

  @Option(names = "--bits", paramLabel = "B",
      description = "filter size 2^B bits (default: the smallest that keeps the filter at most half full)")
  Integer bits;

  @Override
  public Integer call() throws IOException {
    final PrintWriter err = spec.commandLine().getErr();
    final PrintWriter stdout = spec.commandLine().getOut();
    final AttributionParams params = AttributionParams.DEFAULTS;
    final List<Path> files = new ArrayList<>();
    for (final Path input : inputs) {
      if (!Files.exists(input)) {
        err.println("error: " + input + " does not exist");
        return 1;
      }
      try (Stream<Path> walk = Files.walk(input)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    if (files.isEmpty()) {
      err.println("error: no files under " + inputs);
      return 1;
    }
    long totalBytes = 0;
    for (final Path file : files) {
      totalBytes += Files.size(file);
    }
    final ShingleCollector collector = new ShingleCollector(params.shingleWords());
    final ProgressBar progress = new ProgressBar(err, totalBytes);
    long done = 0;
    long wordCount = 0;
    for (final Path file : files) {
      collector.endDocument();
      try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file), done);
          BufferedReader reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8))) {
        // NFKC per line equals NFKC of the whole text: a line break never composes with its neighbours
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          for (final String word : TextNormalizer.words(line)) {
            collector.addWord(WordHasher.hash(word));
            wordCount++;
          }
          progress.update(counted.count(), wordCount);
        }
        done = counted.count();
      }
    }
    final long[] shingles = collector.distinct();
    progress.update(totalBytes, wordCount);
    progress.finish();
    final int b = bits != null ? bits : SketchBuilder.bitsFor(shingles.length, params);
    if (!params.allowsBits(b)) {
      err.println("error: --bits must be in [" + params.minBits() + ", " + params.maxBits() + "]");
      return 1;
    }
    final SketchBuilder builder = new SketchBuilder(b, params);
    for (final long s : shingles) {
      builder.addShingle(s);
    }
    final SealedSketch sketch = builder.seal();
    final SketchProblem problem = sketch.check(params);
    if (problem != SketchProblem.NONE) {
      err.println("error: the sketch could not be sealed: " + problem.description()
          + (b == params.maxBits() ? "; split the corpus into several datasets" : "; use a larger --bits"));
      return 1;
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      SketchFile.write(sketch, os);
    }
    final long m = 1L << b;
    final double fill = (double) sketch.popCount() / m;
    final double expected = Math.pow(1 - Math.exp(-(double) params.probes() * shingles.length / m), params.probes());
    stdout.printf(Locale.ROOT, "files:               %,d (%,d bytes, %,d words)%n", files.size(), totalBytes, wordCount);
    stdout.printf(Locale.ROOT, "shingles:            %,d distinct (n = %d)%n", shingles.length, params.shingleWords());
    stdout.printf(Locale.ROOT, "filter:              2^%d bits = %,d bytes, k = %d, %.2f%% of bits set%n", b, m / 8,
        params.probes(), 100 * fill);
    stdout.printf(Locale.ROOT, "false-positive rate: %.3g expected, %.3g from the actual fill%n", expected,
        Math.pow(fill, params.probes()));
    stdout.printf(Locale.ROOT, "commitment:          %s%n", sketch.commitment().toHexString());
    stdout.printf(Locale.ROOT, "written:             %s%n", out);
    return 0;
  }
}
