package io.tributary.node.cli.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.node.cli.CliRunner;
import io.tributary.poa.AttributionParams;
import io.tributary.poa.SealedSketch;
import io.tributary.poa.SketchBuilder;
import io.tributary.poa.SketchFile;
import io.tributary.poa.WordHasher;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetSketchCommandTest {
  @TempDir Path dir;

  @Test
  void sketchesADirectoryOfTextFilesIntoTheSpecifiedFile() throws Exception {
    final Path corpus = Files.createDirectories(dir.resolve("corpus/nested"));
    final String first = "The quick brown fox jumps over the lazy dog while the cat sleeps by the warm fire.";
    final String second = "Rivers carry sediment to the sea,\nand the delta grows a little every single year.";
    Files.writeString(dir.resolve("corpus/a.txt"), first);
    Files.writeString(corpus.resolve("b.txt"), second);
    final Path out = dir.resolve("sketch.bin");

    final CliRunner.Result result = CliRunner.run("dataset", "sketch", "--in", dir.resolve("corpus").toString(),
        "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("files:               2").contains("shingles:            18 distinct (n = 8)")
        .contains("filter:              2^10 bits = 128 bytes, k = 16").contains("false-positive rate:");
    assertThat(result.err()).contains("100%");
    final SealedSketch sketch = SketchFile.read(out);
    // the same sketch as the engine builds from the two documents (lines of one file form one document)
    final SketchBuilder expected = new SketchBuilder(10, AttributionParams.DEFAULTS);
    expected.addDocument(WordHasher.hashText(first));
    expected.addDocument(WordHasher.hashText(second));
    assertThat(sketch.words()).isEqualTo(expected.seal().words());
    assertThat(result.out()).contains(sketch.commitment().toHexString());
  }

  @Test
  void refusesAMissingInput() {
    final CliRunner.Result result = CliRunner.run("dataset", "sketch", "--in", dir.resolve("none").toString(),
        "--out", dir.resolve("s.bin").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("does not exist");
  }

  @Test
  void refusesAFilterTooSmallForTheCorpus() throws Exception {
    final StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      text.append("word").append(i).append(' ');
    }
    Files.writeString(dir.resolve("big.txt"), text);
    final CliRunner.Result result = CliRunner.run("dataset", "sketch", "--in", dir.resolve("big.txt").toString(),
        "--out", dir.resolve("s.bin").toString(), "--bits", "10");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("more than half of the filter bits are set");
  }
}
