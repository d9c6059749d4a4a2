package io.tributary.node.cli.testnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Address;
import io.tributary.genesis.GenesisConfig;
import io.tributary.genesis.GenesisFile;
import io.tributary.node.Tributary;
import io.tributary.node.cli.load.LoadAccounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestnetInitCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(final String... args) {
    final CommandLine cli = Tributary.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void initWritesPrivateKeysAGenesisOfTheValidatorsAndAManifest() throws Exception {
    final Path dir = tmp.resolve("net");
    assertThat(run("testnet", "init", "--dir", dir.toString(), "--validators", "4", "--accounts", "7",
        "--chain-id", "4242", "--base-rpc-port", "9100", "--base-p2p-port", "9200")).isZero();

    final TestnetManifest manifest = TestnetManifest.read(dir);
    assertThat(manifest.nodes()).hasSize(4).allMatch(TestnetManifest.Node::validator);
    assertThat(manifest.chainId()).isEqualTo(4242);
    final GenesisConfig genesis = GenesisFile.read(manifest.genesisFile(dir));
    assertThat(genesis.chainId()).isEqualTo(4242);
    assertThat(genesis.validators()).containsExactlyInAnyOrderElementsOf(manifest.nodes().stream()
        .map(n -> Address.fromHexString(n.address())).toList());
    for (int i = 0; i < 4; i++) {
      final TestnetManifest.Node node = manifest.nodes().get(i);
      assertThat(node.name()).isEqualTo("node" + i);
      assertThat(node.rpcPort()).isEqualTo(9100 + i);
      assertThat(node.p2pPort()).isEqualTo(9200 + i);
      assertThat(node.rpcUrl()).isEqualTo("http://127.0.0.1:" + (9100 + i));
      final Path key = node.key(dir);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
      final KeyPair pair = SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString(Files.readString(key).trim()));
      assertThat(pair.address().toChecksumString()).isEqualTo(node.address());
      assertThat(node.enode()).isEqualTo("enode://" + pair.publicKey().toUnprefixedHexString() + "@127.0.0.1:"
          + (9200 + i));
    }
    assertThat(LoadAccounts.dev().fundedIn(genesis, 1000)).hasSize(7);
  }

  @Test
  void fullNodesFollowTheValidatorsAndAreNotInTheGenesisSet() throws Exception {
    final Path dir = tmp.resolve("net");
    assertThat(run("testnet", "init", "--dir", dir.toString(), "--validators", "3", "--full-nodes", "2")).isZero();
    final TestnetManifest manifest = TestnetManifest.read(dir);
    assertThat(manifest.nodes()).extracting(TestnetManifest.Node::validator)
        .containsExactly(true, true, true, false, false);
    assertThat(GenesisFile.read(manifest.genesisFile(dir)).validators()).hasSize(3);
  }

  @Test
  void anExistingTestnetIsReplacedOnlyWithForce() throws Exception {
    final Path dir = tmp.resolve("net");
    assertThat(run("testnet", "init", "--dir", dir.toString(), "--validators", "2")).isZero();
    final String firstKey = TestnetManifest.read(dir).nodes().get(0).address();

    assertThat(run("testnet", "init", "--dir", dir.toString(), "--validators", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("already holds a testnet").contains("--force");

    assertThat(run("testnet", "init", "--dir", dir.toString(), "--validators", "3", "--force")).isZero();
    final TestnetManifest replaced = TestnetManifest.read(dir);
    assertThat(replaced.nodes()).hasSize(3);
    assertThat(replaced.nodes().get(0).address()).isNotEqualTo(firstKey);
  }

  @Test
  void aFolderHoldingSomethingElseIsNotTouched() throws Exception {
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    assertThat(run("testnet", "init", "--dir", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is not empty and holds no testnet");
    assertThat(tmp.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void badCountsAndPortsAreRefusedWithTheOptionNamed() {
    final String dir = tmp.resolve("net").toString();
    assertThat(run("testnet", "init", "--dir", dir, "--validators", "0")).isEqualTo(2);
    assertThat(run("testnet", "init", "--dir", dir, "--base-rpc-port", "65534")).isEqualTo(2);
    assertThat(run("testnet", "init", "--dir", dir, "--base-rpc-port", "30303", "--base-p2p-port", "30305"))
        .isEqualTo(2);
    assertThat(run("testnet", "init", "--dir", dir, "--block-time", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("--validators must be 1..100").contains("outside 1..65535")
        .contains("overlap").contains("not a duration");
    assertThat(tmp.resolve("net")).doesNotExist();
  }

  @Test
  void eachNodeListensForPeersAndKeepsEveryOtherNodeAsAStaticPeer() throws Exception {
    final Path dir = tmp.resolve("net");
    assertThat(run("testnet", "init", "--dir", dir.toString(), "--validators", "2")).isZero();
    final TestnetManifest manifest = TestnetManifest.read(dir);

    assertThat(NodeProcesses.nodeArgs(dir, manifest, manifest.nodes().get(0),
        NodeProcesses.meshBootnodes(manifest, manifest.nodes().get(0)), false))
        .contains("--p2p-host", "127.0.0.1", "--p2p-port", Integer.toString(manifest.nodes().get(0).p2pPort()),
            "--static-peers", manifest.nodes().get(1).enode(), "--no-peer-exchange");
  }
}
