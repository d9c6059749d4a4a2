package io.tributary.node.cli.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.genesis.GenesisBlock;
import io.tributary.genesis.GenesisFile;
import io.tributary.node.cli.CliRunner;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenesisHashCommandTest {
  @TempDir Path tmp;

  @Test
  void printsTheHashAndStateRootANodeWouldBuildFromTheFile() throws Exception {
    final Path file = Files.writeString(tmp.resolve("genesis.json"), GenesisValidateCommandTest.VALID);
    final CliRunner.Result result = CliRunner.run("genesis", "hash", file.toString());
    assertThat(result.exitCode()).isZero();
    final GenesisBlock expected = GenesisBlock.of(GenesisFile.read(file),
        new WorldStateArchive(new InMemoryKeyValueStorage()));
    assertThat(result.out().lines().toList()).containsExactly(
        "genesis hash " + expected.block().hash().toHexString(),
        "state root   " + expected.block().header().stateRoot().toHexString());
  }

  @Test
  void anotherAllocGivesAnotherStateRoot() throws Exception {
    final Path a = Files.writeString(tmp.resolve("a.json"), GenesisValidateCommandTest.VALID);
    final Path b = Files.writeString(tmp.resolve("b.json"), GenesisValidateCommandTest.VALID.replace("1000", "1001"));
    final String rootA = CliRunner.run("genesis", "hash", a.toString()).out().lines().toList().get(1);
    final String rootB = CliRunner.run("genesis", "hash", b.toString()).out().lines().toList().get(1);
    assertThat(rootA).startsWith("state root").isNotEqualTo(rootB);
  }

  @Test
  void aFileWithProblemsHasNoHash() throws Exception {
    final Path file = Files.writeString(tmp.resolve("genesis.json"), "{\"config\": {\"chainId\": 1}}");
    final CliRunner.Result result = CliRunner.run("genesis", "hash", file.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("config.tributary.validators: no validators");
  }
}
