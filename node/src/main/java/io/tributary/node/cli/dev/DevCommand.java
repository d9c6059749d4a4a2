package io.tributary.node.cli.dev;

import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.genesis.GenesisAccount;
import io.tributary.genesis.GenesisConfig;
import io.tributary.node.cli.run.DurationConverter;
import io.tributary.node.cli.run.MetricsOptions;
import io.tributary.node.cli.config.ConfigFileOption;
import io.tributary.node.metrics.MetricsServer;
import io.tributary.node.cli.run.P2pOptions;
import io.tributary.node.cli.run.PoaOptions;
import io.tributary.node.cli.run.RpcOptions;
import io.tributary.node.cli.run.StateOptions;
import io.tributary.node.cli.run.RunningNode;
import io.tributary.node.runner.NodeConfig;
import io.tributary.node.runner.TributaryNode;
import io.tributary.p2p.P2pConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary dev}: a single-validator devnet for building against, as Hardhat's node and Anvil are: chain id
 * 7357, ten funded well-known accounts, blocks every second, data kept across restarts.
 */
@Command(name = "dev", mixinStandardHelpOptions = true,
    description = "Run a single-validator development network with funded accounts.")
public final class DevCommand implements Callable<Integer> {
  public static final long CHAIN_ID = 7357;

  @Spec CommandSpec spec;

  @Mixin PoaOptions poa;
  @Mixin RpcOptions rpc;
  @Mixin StateOptions state;
  @Mixin P2pOptions p2p;
  @Mixin MetricsOptions metrics;
  @Mixin ConfigFileOption configFile;

  @Option(names = "--datadir", paramLabel = "DIR", defaultValue = "data/devnet",
      description = "where the chain is kept (default: ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(names = "--reset", description = "wipe the data dir first and start a new chain")
  boolean reset;

  @Option(names = "--block-time", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
      description = "time between blocks, e.g. 1s or 500ms (default: ${DEFAULT-VALUE})")
  Duration blockTime;

  @Option(names = "--accounts", paramLabel = "N", defaultValue = "10",
      description = "funded accounts derived from the dev mnemonic (default: ${DEFAULT-VALUE})")
  int accounts;

  @Option(names = "--balance", paramLabel = "TRIB", defaultValue = "10000",
      description = "balance of each dev account in TRIB (default: ${DEFAULT-VALUE})")
  long balance;

  @Option(names = "--gas-limit", paramLabel = "GAS", defaultValue = "30000000",
      description = "block gas limit of a new chain (default: ${DEFAULT-VALUE})")
  long gasLimit;

  @Option(names = "--txpool-max-size", paramLabel = "N", defaultValue = "50000",
      description = "transactions the pool holds (default: ${DEFAULT-VALUE})")
  int poolSize;

  @Option(names = "--txpool-max-per-sender", paramLabel = "N", defaultValue = "1000",
      description = "transactions one sender may have pooled (default: ${DEFAULT-VALUE})")
  int poolPerSender;

  @Override
  public Integer call() throws IOException, InterruptedException {
    final PrintWriter out = spec.commandLine().getOut();
    if (accounts < 1 || accounts > 1000 || balance < 0 || gasLimit < 21_000) {
      spec.commandLine().getErr().println("error: --accounts must be 1..1000, --balance >= 0, --gas-limit >= 21000");
      return 2;
    }
    if (reset && Files.exists(dataDir)) {
      deleteRecursively(dataDir);
      out.println("Wiped " + dataDir);
    }
    final DevAccounts keys = new DevAccounts();
    final List<KeyPair> funded = keys.accounts(accounts);
    final java.util.Map<Address, GenesisAccount> alloc = new java.util.LinkedHashMap<>();
    funded.forEach(key -> alloc.put(key.address(), GenesisAccount.funded(Wei.ofTrib(balance))));
    final KeyPair validator = keys.validator();
    final GenesisConfig genesis = new GenesisConfig(CHAIN_ID, gasLimit, GenesisConfig.DEFAULT_BASE_FEE, 0,
        List.of(validator.address()), alloc);

    final TributaryNode node = TributaryNode.start(new NodeConfig(dataDir, genesis, validator, rpc.toConfig(),
        blockTime, new TransactionPoolConfig(poolSize, poolPerSender, 128 * 1024, 10),
        state.toRetention(), Clock.systemUTC(), poa.backend(), p2p.toConfig(P2pConfig.DEFAULT_PORT, false)));
    printBanner(out, funded, validator, node.rpcPort());
    node.network().ifPresent(network -> out.printf("P2P: %s%n", network.localEnode()));
    final java.util.Optional<MetricsServer> endpoint = metrics.start(node, blockTime);
    endpoint.ifPresent(server -> out.printf("Metrics: http://%s:%d/metrics%n", metrics.host(), server.port()));
    return RunningNode.runUntilStopped(node, endpoint);
  }

  private void printBanner(final PrintWriter out, final List<KeyPair> funded, final KeyPair validator,
      final int port) {
    out.printf("Tributary devnet: chain id %d, JSON-RPC at http://%s:%d and ws://%s:%d, data in %s%n", CHAIN_ID,
        rpc.toConfig().host(), port, rpc.toConfig().host(), port, dataDir);
    out.printf("%nAccounts (%,d TRIB each on a new chain)%n========%n", balance);
    out.println("WARNING: these keys are public. Never send real funds to them.");
    out.println();
    for (int i = 0; i < funded.size(); i++) {
      out.printf("Account #%d: %s (%,d TRIB)%n", i, funded.get(i).address().toChecksumString(), balance);
      out.printf("Private Key: %s%n%n", funded.get(i).privateKey().toHexString());
    }
    out.println("Mnemonic: " + DevAccounts.MNEMONIC);
    out.println("Validator: " + validator.address().toChecksumString() + " (m/44'/60'/1'/0/0)");
    out.println();
    out.flush();
  }

  private static void deleteRecursively(final Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (final Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
