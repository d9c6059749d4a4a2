package io.tributary.node.cli.run;

import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.genesis.GenesisConfig;
import io.tributary.genesis.GenesisFile;
import io.tributary.node.cli.config.ConfigFileOption;
import io.tributary.node.metrics.MetricsServer;
import io.tributary.node.runner.NodeConfig;
import io.tributary.node.runner.TributaryNode;
import io.tributary.p2p.P2pConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.tuweni.bytes.Bytes32;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary node}: runs a node of the chain a genesis file describes. A genesis without validators makes this
 * node's key the single validator (recorded in the genesis block, so the same key must be used on every restart).
 */
@Command(name = "node", mixinStandardHelpOptions = true, description = "Run a node from a genesis file.")
public final class NodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PoaOptions poa;
  @Mixin RpcOptions rpc;
  @Mixin StateOptions state;
  @Mixin P2pOptions p2p;
  @Mixin MetricsOptions metrics;
  @Mixin ConfigFileOption configFile;

  @Option(names = "--genesis", paramLabel = "FILE", required = true,
      description = "genesis file (geth-like: config.chainId, alloc, gasLimit, baseFeePerGas, timestamp)")
  Path genesisFile;

  @Option(names = "--datadir", paramLabel = "DIR", required = true, description = "where the chain is kept")
  Path dataDir;

  @Option(names = "--validator-key", paramLabel = "FILE",
      description = "file holding the validator's hex private key (default: DIR/validator.key, created if absent)")
  Path validatorKeyFile;

  @Option(names = "--block-time", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
      description = "time between blocks (default: ${DEFAULT-VALUE})")
  Duration blockTime;

  @Override
  public Integer call() throws IOException, InterruptedException {
    GenesisConfig genesis = GenesisFile.read(genesisFile);
    final KeyPair key = validatorKey();
    if (genesis.validators().isEmpty()) {
      genesis = genesis.withValidators(List.of(key.address()));
    }
    final TributaryNode node = TributaryNode.start(new NodeConfig(dataDir, genesis, key, rpc.toConfig(), blockTime,
        TransactionPoolConfig.DEFAULT, state.toRetention(), Clock.systemUTC(), poa.backend(),
        p2p.toConfig(P2pConfig.DEFAULT_PORT, true)));
    spec.commandLine().getOut().printf("Tributary node: chain id %d, validator %s, JSON-RPC at http://%s:%d%n",
        genesis.chainId(), key.address().toChecksumString(), rpc.toConfig().host(), node.rpcPort());
    node.network().ifPresent(network -> spec.commandLine().getOut().printf("P2P: %s%n", network.localEnode()));
    final java.util.Optional<MetricsServer> endpoint = metrics.start(node, blockTime);
    endpoint.ifPresent(server -> spec.commandLine().getOut().printf("Metrics: http://%s:%d/metrics%n",
        metrics.host(), server.port()));
    spec.commandLine().getOut().flush();
    return RunningNode.runUntilStopped(node, endpoint);
  }

  private KeyPair validatorKey() throws IOException {
    final Path file = validatorKeyFile != null ? validatorKeyFile : dataDir.resolve("validator.key");
    if (!Files.exists(file)) {
      if (validatorKeyFile != null) {
        throw new IllegalArgumentException("no validator key at " + file);
      }
      Files.createDirectories(dataDir);
      final KeyPair fresh = SignatureAlgorithms.get().generateKeyPair();
      Files.writeString(file, fresh.privateKey().toHexString() + "\n", StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (final UnsupportedOperationException e) {
        // Not a POSIX file system: the file keeps the default permissions.
      }
      return fresh;
    }
    final String hex = Files.readString(file, StandardCharsets.US_ASCII).trim();
    if (!hex.matches("(0x)?[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException(file + " does not hold a 32-byte hex private key");
    }
    return SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString(hex));
  }
}
