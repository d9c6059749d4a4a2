package io.tributary.node.cli.poa;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.node.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoaCommandTest {
  private static final String BLOG = "Attribution asks which registered datasets the text of a model's output came "
      + "from, the way a chatbot answer quotes a blog post. Validators re-verify it for every block.";
  private static final String RECIPES = "Whisk the eggs with sugar until pale, fold in the flour gently and bake the "
      + "cake for forty minutes in a moderate oven.";

  @TempDir Path dir;

  private Path sketch(final String name, final String text) throws Exception {
    final Path file = dir.resolve(name + ".txt");
    Files.writeString(file, text);
    final Path out = dir.resolve(name + ".bin");
    final CliRunner.Result result = CliRunner.run("dataset", "sketch", "--in", file.toString(), "--out",
        out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    return out;
  }

  @Test
  void attributesAQuoteToTheDatasetItCameFromAndNotToTheOther() throws Exception {
    final Path blog = sketch("blog", BLOG);
    final Path recipes = sketch("recipes", RECIPES);
    final Path output = dir.resolve("output.txt");
    Files.writeString(output, "As the post explains: attribution asks which registered datasets the text of a "
        + "model's output came from. Nothing more.");

    final CliRunner.Result result = CliRunner.run("poa", "attribute", "--sketch", blog.toString(), "--sketch",
        recipes.toString(), "--text", output.toString(), "--data-share", "1000");

    assertThat(result.exitCode()).as(result.err()).isZero();
    // 14 quoted words give 7 shingles of 8 words, all found in the blog's filter
    assertThat(result.out()).containsPattern("1 +blog.bin +7 +yes +100.00% 1000")
        .containsPattern("2 +recipes.bin +0 +no +0.00% 0").contains("treasury: 0 (minHits = 6)");
  }

  @Test
  void givesTheSameHitsOnEveryBackend() throws Exception {
    final Path blog = sketch("blog", BLOG);
    final Path output = dir.resolve("output.txt");
    Files.writeString(output, BLOG);
    for (final String backend : new String[] {"reference", "cpu", "auto"}) {
      final CliRunner.Result result = CliRunner.run("poa", "attribute", "--sketch", blog.toString(), "--text",
          output.toString(), "--poa-backend", backend);
      assertThat(result.exitCode()).as(backend + ": " + result.err()).isZero();
      assertThat(result.out()).as(backend).containsPattern("1 +blog.bin +23 +yes +100.00%");
    }
  }

  @Test
  void refusesAFileThatIsNotASketch() throws Exception {
    final Path bogus = dir.resolve("bogus.bin");
    Files.writeString(bogus, "definitely not a sketch");
    final Path output = dir.resolve("output.txt");
    Files.writeString(output, "hello");
    final CliRunner.Result result = CliRunner.run("poa", "attribute", "--sketch", bogus.toString(), "--text",
        output.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("bad magic");
  }

  @Test
  void benchPrintsOneAgreeingRowPerBackend() {
    final CliRunner.Result result = CliRunner.run("poa", "bench", "--inferences", "20", "--datasets", "4",
        "--words", "200", "--bits", "12", "--rounds", "1", "--poa-backend", "reference,cpu");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("reference +CPU reference").containsPattern("cpu-parallel +CPU fork-join")
        .doesNotContain(" NO");
  }
}
