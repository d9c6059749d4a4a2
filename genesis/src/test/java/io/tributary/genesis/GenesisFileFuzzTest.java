package io.tributary.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing (Jazzer) of genesis files: {@link GenesisFile#validate} answers any text with its problems
 * and never throws, {@link GenesisFile#parse} refuses bad text only with a {@link GenesisException} naming at least
 * one problem, the two agree, and a file that validates builds its genesis block and state or refuses with a
 * GenesisException. Seeds: the examples of {@code genesis/README.md} and past findings.
 */
class GenesisFileFuzzTest {
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @DictionaryEntries({"\"config\"", "\"chainId\"", "\"tributary\"", "\"validators\"", "\"governance\"",
      "\"attribution\"", "\"ai\"", "\"chain\"", "\"alloc\"", "\"balance\"", "\"nonce\"", "\"code\"", "\"storage\"",
      "\"gasLimit\"", "\"baseFeePerGas\"", "\"timestamp\"", "\"extraData\"", "\"difficulty\"", "\"minDeposit\"",
      "\"votingPeriod\"", "\"quorumBps\"", "\"minHits\"", "\"maxWords\"", "\"elasticityMultiplier\"", "\"0x\"",
      "0x0000000000000000000000000000000000000001", "115792089237316195423570985008687907853269984665640564039457584007913129639936",
      "1e18", "-1", "null", "true", "[]", "{}"})
  @MethodSource("seeds")
  @FuzzTest
  void onlyGenesisProblemsEscapeAndAValidFileBuildsItsBlock(final byte[] data) {
    final String json = new String(data, StandardCharsets.UTF_8);
    final GenesisValidation validation = GenesisFile.validate(json);
    GenesisConfig parsed = null;
    try {
      parsed = GenesisFile.parse(json);
    } catch (GenesisException e) {
      assertThat(e.problems()).isNotEmpty();
    }
    if (validation.isValid()) {
      assertThat(parsed).isNotNull();
      try {
        GenesisBlock.of(validation.config().orElseThrow(), new WorldStateArchive(new InMemoryKeyValueStorage()));
      } catch (GenesisException e) {
        // An alloc may restore module storage whose parameters the file's own then contradict (minHits 0); validate
        // does not read that storage, the block refuses it, and that is still a genesis problem.
        assertThat(e.getMessage()).startsWith("genesis: ");
      }
    }
  }

  static Stream<byte[]> seeds() throws IOException {
    final Path readme = Files.exists(Path.of("README.md")) ? Path.of("README.md") : Path.of("genesis", "README.md");
    final Matcher blocks = JSON_BLOCK.matcher(Files.readString(readme));
    final List<byte[]> examples = new ArrayList<>();
    while (blocks.find()) {
      examples.add(blocks.group(1).getBytes(StandardCharsets.UTF_8));
    }
    return examples.stream();
  }
}
