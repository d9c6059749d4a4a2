package io.tributary.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples of {@code genesis/README.md} are genesis files that start a chain as they stand. */
class GenesisReadmeTest {
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJsonExampleInTheReadmeIsAValidGenesis() throws Exception {
    final Path readme = Files.exists(Path.of("README.md")) ? Path.of("README.md") : Path.of("genesis", "README.md");
    final Matcher blocks = JSON_BLOCK.matcher(Files.readString(readme));
    final List<String> examples = new ArrayList<>();
    while (blocks.find()) {
      examples.add(blocks.group(1));
    }
    assertThat(examples).hasSize(3);
    for (final String example : examples) {
      assertThat(GenesisFile.validate(example).problems()).as(example).isEmpty();
    }
  }
}
