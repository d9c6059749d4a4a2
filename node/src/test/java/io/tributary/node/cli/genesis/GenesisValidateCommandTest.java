package io.tributary.node.cli.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.genesis.GenesisFile;
import io.tributary.node.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenesisValidateCommandTest {
  static final String VALID = """
      {"config": {"chainId": 4242, "tributary": {"validators": ["0x0000000000000000000000000000000000000001",
        "0x0000000000000000000000000000000000000002"]}},
       "alloc": {"0x00000000000000000000000000000000000000aa": {"balance": "1000"},
                 "0x00000000000000000000000000000000000000bb": {"balance": "0x10", "code": "0x6000"}}}
      """;

  @TempDir Path tmp;

  @Test
  void aValidFileIsSummarisedWithItsGenesisHash() throws Exception {
    final Path file = Files.writeString(tmp.resolve("genesis.json"), VALID);
    final CliRunner.Result result = CliRunner.run("genesis", "validate", file.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().trim()).isEqualTo("valid: chain id 4242, 2 validators, 2 accounts, genesis hash "
        + CheckedGenesis.build(GenesisFile.read(file)).block().hash().toHexString());
  }

  @Test
  void everyProblemIsPrintedWithItsPathAndTheExitCodeIsNonZero() throws Exception {
    final Path file = Files.writeString(tmp.resolve("genesis.json"), """
        {"config": {"chainId": 0, "homesteadBlock": 0, "typo": 1},
         "gasLimit": "0x10",
         "alloc": {"0x00000000000000000000000000000000000000aa": {"balance": "0xfg"}}}
        """);
    final CliRunner.Result result = CliRunner.run("genesis", "validate", file.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines().toList()).satisfiesExactly(
        line -> assertThat(line).startsWith("config.typo: unknown field"),
        line -> assertThat(line).startsWith("config.chainId: is 0, outside 1.."),
        line -> assertThat(line).startsWith("config.tributary.validators: no validators"),
        line -> assertThat(line).startsWith("gasLimit: is 16, outside 21000.."),
        line -> assertThat(line).startsWith("alloc.0x00000000000000000000000000000000000000aa.balance: not a number"),
        line -> assertThat(line).isEqualTo(file + ": 5 problems"));
  }

  @Test
  void aMissingFileIsAProblemToo() {
    final CliRunner.Result result = CliRunner.run("genesis", "validate", tmp.resolve("nope.json").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("genesis: cannot read genesis file");
  }
}
