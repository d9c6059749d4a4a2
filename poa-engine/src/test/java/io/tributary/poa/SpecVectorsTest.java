package io.tributary.poa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked vectors of SPEC.md section 8, checked literally, and checked to still be in SPEC.md. */
class SpecVectorsTest {
  private static final AttributionParams SMALL = new AttributionParams(3, 4, 6, 30, 2, 4096);
  private static String spec;

  @BeforeAll
  static void readSpec() throws IOException {
    spec = Files.readString(Path.of("SPEC.md"), StandardCharsets.UTF_8);
  }

  private static String hex(final long value) {
    return String.format("0x%016x", value);
  }

  private static void assertInSpec(final String literal) {
    assertThat(spec).as("SPEC.md states " + literal).contains(literal);
  }

  @Test
  void mixMatchesTheCheckValues() {
    assertThat(hex(Shingles.mix(0))).isEqualTo("0x0000000000000000");
    assertThat(hex(Shingles.mix(1))).isEqualTo("0xb456bcfc34c2cb2c");
    assertInSpec("`mix(1) = 0xb456bcfc34c2cb2c`");
  }

  @Test
  void vector1NormalisesAndHashesWords() {
    final String text = "Ｈｅｌｌｏ, WORLD! ﬁne Café-Straße №5";
    assertThat(TextNormalizer.normalize(text)).isEqualTo("hello, world! fine café-straße no5");
    final List<String> words = TextNormalizer.words(text);
    assertThat(words).containsExactly("hello", "world", "fine", "café", "straße", "no5");
    final String[] hashes = {"0x1c8aff950685c2ed", "0x8452c9b9140222b0", "0xfe5fe79c44ff3b4b", "0x9513447e2d376aac",
        "0x7346ee814558449a", "0xb4962c5570380362"};
    for (int i = 0; i < hashes.length; i++) {
      assertThat(hex(WordHasher.hash(words.get(i)))).isEqualTo(hashes[i]);
      assertInSpec("| " + words.get(i) + " | " + hashes[i] + " |");
    }
    assertInSpec(text);
  }

  @Test
  void vector2FindsFiveOfSevenShinglesOfAnAlteredQuote() {
    final long[] dataset = WordHasher.hashText("The quick brown fox jumps over the lazy dog.");
    final String[][] shingles = {
      {"0xc1c616eb92180feb", "235 214 193 172"}, {"0x509a60396d5d068e", "142 199 0 57"},
      {"0x99250db46f983882", "130 55 236 161"}, {"0x897a4b38315091d4", "212 13 70 127"},
      {"0xcec0ab107f36cc12", "18 35 52 69"}, {"0x709ecd63918c4118", "24 123 222 65"},
      {"0xd043d51b68b4f7ac", "172 199 226 253"}};
    final long[] windows = Shingles.windows(dataset, 3);
    assertThat(windows).hasSize(7);
    for (int i = 0; i < windows.length; i++) {
      assertThat(hex(windows[i])).isEqualTo(shingles[i][0]);
      final StringBuilder probes = new StringBuilder();
      for (int j = 0; j < 4; j++) {
        probes.append(j == 0 ? "" : " ").append(BloomProbes.position(windows[i], j, 8));
      }
      assertThat(probes.toString()).isEqualTo(shingles[i][1]);
      assertInSpec("| " + shingles[i][0] + " | " + shingles[i][1] + " |");
    }
    final SketchBuilder builder = new SketchBuilder(8, SMALL);
    builder.addDocument(dataset);
    final SealedSketch sketch = builder.seal();
    assertThat(sketch.words()).containsExactly(
        0x0290000801042001L, 0x8800000000000062L, 0x0000100200004004L, 0x2000180440500082L);
    assertThat(sketch.popCount()).isEqualTo(26);
    assertThat(sketch.commitment().toHexString())
        .isEqualTo("0x52770de25c545c7f649edac928fe26dfb662e02e1cf8c7191ae9e9ad31909d24");
    assertInSpec("`0x0290000801042001 0x8800000000000062 0x0000100200004004 0x2000180440500082` (popcount 26)");
    assertInSpec("`0x52770de25c545c7f649edac928fe26dfb662e02e1cf8c7191ae9e9ad31909d24`");

    final long[] output = WordHasher.hashText("A quick brown fox jumps over the lazy cat!");
    assertThat(hex(Shingles.windows(output, 3)[0])).isEqualTo("0x5a527c2ca11e0330");
    assertThat(hex(Shingles.windows(output, 3)[6])).isEqualTo("0xd6bfad34584e9cb5");
    assertThat(hits(SMALL, output, sketch)).isEqualTo(5);
    assertInSpec("**hits = 5**");
  }

  @Test
  void vector3CountsDuplicateShinglesOnce() {
    final SketchBuilder builder = new SketchBuilder(6, SMALL);
    builder.addDocument(WordHasher.hashText("to be or not to be"));
    final SealedSketch sketch = builder.seal();
    assertThat(sketch.shingleCount()).isEqualTo(4);
    assertThat(sketch.words()).containsExactly(0x0c0c000580c13022L);
    final long[] output = WordHasher.hashText("To be, or not to be, or not to be: that is the question");
    assertThat(Shingles.windows(output, 3)).hasSize(12);
    assertThat(Shingles.distinct(output, 3)).hasSize(8);
    assertThat(hits(SMALL, output, sketch)).isEqualTo(4);
    assertInSpec("filter word `0x0c0c000580c13022`");
    assertInSpec("**hits = 4**, not 8");
  }

  @Test
  void vector4AttributesAFourteenWordQuoteUnderTheDefaults() {
    final AttributionParams params = AttributionParams.DEFAULTS;
    final SketchBuilder builder = new SketchBuilder(10, params);
    builder.addDocument(WordHasher.hashText("Attribution asks which registered datasets the text of a model's output "
        + "came from, the way a chatbot answer quotes a blog post."));
    final SealedSketch sketch = builder.seal();
    assertThat(sketch.shingleCount()).isEqualTo(16);
    assertThat(sketch.popCount()).isEqualTo(219);
    assertThat(sketch.commitment().toHexString())
        .isEqualTo("0xfc072766de0e34a89745daf6602f1de2072acad8ed5f812dcddc6803e53d2ebf");
    final long[] output = WordHasher.hashText("As the blog says, attribution asks which registered datasets the text "
        + "of a model's output came from; nothing else.");
    assertThat(output).hasSize(20);
    assertThat(Shingles.distinct(output, 8)).hasSize(13);
    assertThat(hits(params, output, sketch)).isEqualTo(7);
    assertInSpec("`0xfc072766de0e34a89745daf6602f1de2072acad8ed5f812dcddc6803e53d2ebf`");
    assertInSpec("**hits = 7**");
  }

  @Test
  void vector5SplitsRoyaltiesWithTheRemainderToTheTreasury() {
    final RoyaltySplit split = RoyaltySplit.of(
        BigInteger.valueOf(1000), new long[] {1, 2, 3, 4}, new int[] {10, 5, 3, 0}, 4);
    assertThat(split.shares()).extracting(RoyaltySplit.Share::amount).containsExactly(
        BigInteger.valueOf(666), BigInteger.valueOf(333), BigInteger.ZERO, BigInteger.ZERO);
    assertThat(split.shares()).extracting(RoyaltySplit.Share::basisPoints).containsExactly(6666, 3333, 0, 0);
    assertThat(split.treasury()).isEqualTo(BigInteger.ONE);
    assertInSpec("amounts 666, 333, 0, 0; basis points\n6666, 3333, 0, 0; treasury = 1");
  }

  @Test
  void theDefaultsAreTheOnesSpecMdStates() {
    final AttributionParams d = AttributionParams.DEFAULTS;
    assertThat(List.of(d.shingleWords(), d.probes(), d.minBits(), d.maxBits(), d.minHits(), d.maxWords()))
        .containsExactly(8, 16, 10, 30, 6, 4096);
    assertInSpec("| `n` | words per shingle | 8 |");
    assertInSpec("| `k` | Bloom probes per shingle | 16 |");
    assertInSpec("| `minHits` | fewer hits earn nothing | 6 |");
    assertInSpec("| `maxWords` | word hashes per inference | 4096 |");
  }

  private static int hits(final AttributionParams params, final long[] output, final SealedSketch sketch) {
    final AttributionBatch batch = new AttributionBatch(List.of(new Inference(output, new long[] {1})));
    return new ReferenceAttributionEngine().attribute(params, batch, new MapSketchSource(Map.of(1L, sketch))).hits(0, 0);
  }
}
