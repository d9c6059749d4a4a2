package io.tributary.node.cli.testnet;

import io.tributary.node.cli.run.DurationConverter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary testnet init}: keys, genesis and {@code testnet.json} for N validators on loopback. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Generate validator keys, a genesis and a testnet.json manifest.")
public final class TestnetInitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", required = true, description = "folder to generate the testnet in")
  Path dir;

  @Option(names = "--validators", paramLabel = "N", defaultValue = "4",
      description = "validator nodes (default: ${DEFAULT-VALUE})")
  int validators;

  @Option(names = "--full-nodes", paramLabel = "M", defaultValue = "0",
      description = "non-validating nodes after the validators (default: ${DEFAULT-VALUE})")
  int fullNodes;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "address every node binds to (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--base-rpc-port", paramLabel = "PORT", defaultValue = "8545",
      description = "node i serves JSON-RPC on PORT+i (default: ${DEFAULT-VALUE})")
  int baseRpcPort;

  @Option(names = "--base-p2p-port", paramLabel = "PORT", defaultValue = "30303",
      description = "node i listens for peers on PORT+i (default: ${DEFAULT-VALUE})")
  int baseP2pPort;

  @Option(names = "--accounts", paramLabel = "K", defaultValue = "100",
      description = "load accounts funded in the genesis: the first K of the dev mnemonic (default: ${DEFAULT-VALUE})")
  int accounts;

  @Option(names = "--balance", paramLabel = "TRIB", defaultValue = "10000",
      description = "balance of each load account in TRIB (default: ${DEFAULT-VALUE})")
  long balance;

  @Option(names = "--chain-id", paramLabel = "ID", defaultValue = "7358",
      description = "chain id (default: ${DEFAULT-VALUE})")
  long chainId;

  @Option(names = "--gas-limit", paramLabel = "GAS", defaultValue = "30000000",
      description = "block gas limit (default: ${DEFAULT-VALUE})")
  long gasLimit;

  @Option(names = "--block-time", paramLabel = "DURATION", defaultValue = "1s",
      description = "the nodes' --block-time (default: ${DEFAULT-VALUE})")
  String blockTime;

  @Option(names = "--force", description = "replace a testnet already in DIR (its chain is lost)")
  boolean force;

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final TestnetManifest manifest;
    try {
      new DurationConverter().convert(blockTime);
      manifest = TestnetGenerator.generate(dir, TestnetGenerator.Spec.withBasePorts(validators, fullNodes, host,
          baseRpcPort, baseP2pPort, accounts, chainId, balance, gasLimit, blockTime), force);
    } catch (final IllegalArgumentException | picocli.CommandLine.TypeConversionException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 2;
    }
    out.printf("Testnet of %d validator%s%s, chain id %d, in %s%n", validators, validators == 1 ? "" : "s",
        fullNodes > 0 ? " and " + fullNodes + " full nodes" : "", chainId, dir);
    for (final TestnetManifest.Node node : manifest.nodes()) {
      out.printf("  %-7s %-9s %s  rpc %s  p2p %s:%d%n", node.name(), node.validator() ? "validator" : "full node",
          node.address(), node.rpcUrl(), node.p2pHost(), node.p2pPort());
    }
    out.printf("%d load accounts funded with %,d TRIB each (dev mnemonic, m/44'/60'/0'/0/0..%d)%n", accounts,
        balance, Math.max(0, accounts - 1));
    out.printf("Start it with: tributary testnet start --dir %s%n", dir);
    out.flush();
    return 0;
  }
}
