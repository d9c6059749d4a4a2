package io.tributary.node.cli.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.genesis.GenesisConfig;
import io.tributary.genesis.GenesisFile;
import io.tributary.genesis.GenesisValidation;
import io.tributary.node.cli.CliRunner;
import io.tributary.node.cli.load.LoadAccounts;
import io.tributary.node.cli.testnet.TestnetManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenesisNewCommandTest {
  @TempDir Path tmp;

  @Test
  void writesOneKeyPerValidatorAndAValidGenesisNamingThemAll() throws Exception {
    final Path out = tmp.resolve("net");
    final CliRunner.Result result = CliRunner.run("genesis", "new", "--validators", "4", "--out", out.toString(),
        "--chain-id", "9999", "--fund", "25", "--accounts", "3");
    assertThat(result.exitCode()).as(result.err()).isZero();

    final GenesisValidation validation = GenesisFile.validate(out.resolve("genesis.json"));
    assertThat(validation.problems()).isEmpty();
    final GenesisConfig genesis = validation.orElseThrow();
    assertThat(genesis.chainId()).isEqualTo(9999);
    final List<Address> keyAddresses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      final String hex = Files.readString(out.resolve("keys").resolve("node" + i + ".key")).trim();
      keyAddresses.add(SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString(hex)).address());
    }
    assertThat(genesis.validators()).containsExactlyInAnyOrderElementsOf(keyAddresses);
    assertThat(genesis.alloc()).hasSize(3).allSatisfy((address, account) ->
        assertThat(account.balance()).isEqualTo(Wei.ofTrib(25)));
    assertThat(LoadAccounts.dev().fundedIn(genesis, 1000)).hasSize(3);
    assertThat(TestnetManifest.read(out).validators()).hasSize(4);

    final String hash = CliRunner.run("genesis", "hash", out.resolve("genesis.json").toString()).out().lines()
        .findFirst().orElseThrow().substring("genesis hash ".length());
    assertThat(result.out()).contains("Genesis of 4 validators, chain id 9999").contains("genesis hash " + hash)
        .contains("tributary testnet start --dir " + out);
  }

  @Test
  void refusesAFolderThatIsNotEmptyAndABadValidatorCount() throws Exception {
    final Path out = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    final CliRunner.Result busy = CliRunner.run("genesis", "new", "--validators", "2", "--out", out.toString());
    assertThat(busy.exitCode()).isEqualTo(2);
    assertThat(busy.err()).contains("is not empty");

    final CliRunner.Result none = CliRunner.run("genesis", "new", "--validators", "0", "--out",
        tmp.resolve("x").toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--validators must be 1..100");
  }
}
