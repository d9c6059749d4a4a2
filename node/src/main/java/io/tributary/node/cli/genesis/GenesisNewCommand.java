package io.tributary.node.cli.genesis;

import io.tributary.genesis.GenesisException;
import io.tributary.genesis.GenesisFile;
import io.tributary.node.cli.testnet.TestnetGenerator;
import io.tributary.node.cli.testnet.TestnetManifest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary genesis new}: fresh validator keys and a genesis naming them, written by the same generator as
 * {@code tributary testnet init} (so {@code tributary testnet start --dir DIR} runs it on this machine): DIR/keys/nodeI.key
 * (hex private keys, mode 0600, each also the node's p2p identity), DIR/genesis.json and DIR/testnet.json (loopback
 * ports and enodes).
 */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Generate N validator keys and a genesis.json for an N-validator testnet.")
public final class GenesisNewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--validators", paramLabel = "N", required = true, description = "validators (1..100)")
  int validators;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "a new or empty folder to write to")
  Path out;

  @Option(names = "--chain-id", paramLabel = "ID", defaultValue = "7358",
      description = "chain id (default: ${DEFAULT-VALUE})")
  long chainId;

  @Option(names = "--fund", paramLabel = "TRIB", defaultValue = "10000",
      description = "balance of each funded account in TRIB (default: ${DEFAULT-VALUE})")
  long fund;

  @Option(names = "--accounts", paramLabel = "K", defaultValue = "10",
      description = "accounts funded in the genesis: the first K of the dev mnemonic (default: ${DEFAULT-VALUE})")
  int accounts;

  @Option(names = "--gas-limit", paramLabel = "GAS", defaultValue = "30000000",
      description = "block gas limit (default: ${DEFAULT-VALUE})")
  long gasLimit;

  @Option(names = "--force", description = "replace a testnet already in DIR (its chain is lost)")
  boolean force;

  @Override
  public Integer call() throws Exception {
    final TestnetManifest manifest;
    try {
      manifest = TestnetGenerator.generate(out, TestnetGenerator.Spec.withBasePorts(validators, 0, "127.0.0.1", 8545,
          30303, accounts, chainId, fund, gasLimit, "1s"), force);
    } catch (final IllegalArgumentException | GenesisException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 2;
    }
    final Path genesisFile = manifest.genesisFile(out);
    final String hash = CheckedGenesis.build(GenesisFile.read(genesisFile)).block().hash().toHexString();
    final PrintWriter print = spec.commandLine().getOut();
    print.printf("Genesis of %d validator%s, chain id %d: %s%n", validators, validators == 1 ? "" : "s", chainId,
        genesisFile);
    print.printf("  genesis hash %s%n", hash);
    for (final TestnetManifest.Node node : manifest.validators()) {
      print.printf("  %-7s %s  key %s%n", node.name(), node.address(), node.key(out));
    }
    print.printf("%d account%s funded with %,d TRIB each (dev mnemonic, m/44'/60'/0'/0/0..%d)%n", accounts,
        accounts == 1 ? "" : "s", fund, Math.max(0, accounts - 1));
    print.printf("Each validator runs: tributary node --genesis %s --validator-key %s --datadir DATADIR"
        + " --static-peers ENODES%n", genesisFile, out.resolve("keys").resolve("nodeI.key"));
    print.printf("All of them on this machine: tributary testnet start --dir %s%n", out);
    print.flush();
    return 0;
  }
}
