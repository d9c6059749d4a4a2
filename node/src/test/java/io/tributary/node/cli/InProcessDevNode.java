package io.tributary.node.cli;

import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.genesis.GenesisAccount;
import io.tributary.genesis.GenesisConfig;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.dev.DevAccounts;
import io.tributary.node.runner.NodeConfig;
import io.tributary.node.runner.TributaryNode;
import io.tributary.poa.AttributionBackend;
import io.tributary.rpc.server.RpcServerConfig;
import io.tributary.state.world.StateRetention;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A devnet node in this JVM for CLI flow tests: the first dev accounts funded, 100 ms blocks, the reference attribution
 * backend, JSON-RPC on a free port; {@link #cli} runs a command against it signed by a dev account.
 */
public final class InProcessDevNode implements AutoCloseable {
  private final List<KeyPair> accounts;
  private final TributaryNode node;
  private final String rpc;
  private final JsonRpcClient client;

  /** Starts a node in {@code dataDir} whose genesis gives each of the first {@code count} dev accounts {@code trib}. */
  public InProcessDevNode(final Path dataDir, final int count, final long trib) throws InterruptedException {
    accounts = new DevAccounts().accounts(count);
    final Map<Address, GenesisAccount> alloc = new LinkedHashMap<>();
    accounts.forEach(k -> alloc.put(k.address(), GenesisAccount.funded(Wei.ofTrib(trib))));
    final KeyPair validator = new DevAccounts().validator();
    final GenesisConfig genesis = new GenesisConfig(7357, 30_000_000, GenesisConfig.DEFAULT_BASE_FEE, 0,
        List.of(validator.address()), alloc);
    node = TributaryNode.start(new NodeConfig(dataDir, genesis, validator, RpcServerConfig.defaults().withPort(0),
        Duration.ofMillis(100), TransactionPoolConfig.DEFAULT, StateRetention.defaults(), Clock.systemUTC(),
        AttributionBackend.REFERENCE));
    rpc = "http://127.0.0.1:" + node.rpcPort();
    client = new JsonRpcClient(URI.create(rpc));
  }

  public String rpc() {
    return rpc;
  }

  public JsonRpcClient client() {
    return client;
  }

  public KeyPair account(final int index) {
    return accounts.get(index);
  }

  /** Runs {@code tributary args... --rpc URL --dev-account account}. */
  public CliRunner.Result cli(final int account, final String... args) {
    final String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--rpc";
    all[args.length + 1] = rpc;
    all[args.length + 2] = "--dev-account";
    all[args.length + 3] = Integer.toString(account);
    return CliRunner.run(all);
  }

  /** The head's number, by eth_blockNumber. */
  public long blockNumber() {
    return JsonRpcClient.quantity(client.call("eth_blockNumber")).longValueExact();
  }

  /** Waits until the head reaches block {@code number}; fails after 90 s. */
  public void awaitBlock(final long number) throws InterruptedException {
    final long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
    while (blockNumber() < number) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("block " + number + " not reached in 90 s (head " + blockNumber() + ")");
      }
      Thread.sleep(100);
    }
  }

  /** The node itself, for tests of what it exposes beyond JSON-RPC. */
  public TributaryNode node() {
    return node;
  }

  /** Why the node stopped following the chain (an upgrade its release does not know), if it did. */
  public java.util.Optional<String> haltReason() {
    return node.haltReason();
  }

  @Override
  public void close() {
    node.close();
  }
}
