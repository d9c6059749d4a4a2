package io.tributary.node.cli.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tributary.core.crypto.KeyPair;
import io.tributary.genesis.GenesisException;
import io.tributary.genesis.GenesisFile;
import io.tributary.node.cli.chain.RpcException;
import io.tributary.node.cli.run.DurationConverter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tributary load}: a steady stream of signed transfers against one or more nodes, with confirmation latency
 * measured per transaction (see {@link LoadGenerator}). Exit status 0 when every transaction was accepted and
 * confirmed, 1 otherwise, 2 for bad options.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Send transfers at a steady rate and measure confirmation latency.")
public final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rpc", paramLabel = "URL", split = ",", defaultValue = "http://127.0.0.1:8545",
      description = "JSON-RPC endpoints, comma-separated; senders are spread over them (default: ${DEFAULT-VALUE})")
  List<String> rpc;

  @Option(names = "--tps", paramLabel = "N", defaultValue = "100",
      description = "transactions per second to send (default: ${DEFAULT-VALUE})")
  int tps;

  @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
      description = "how long to send, e.g. 30s or 2m (default: ${DEFAULT-VALUE})")
  Duration duration;

  @Option(names = "--accounts", paramLabel = "K",
      description = "sign with the first K accounts of the dev mnemonic, as 'tributary dev' and 'tributary testnet "
          + "init' fund them (default: 10, or every funded one with --from-genesis)")
  Integer accounts;

  @Option(names = "--from-genesis", paramLabel = "FILE",
      description = "use the dev-mnemonic accounts this genesis funds (at most --accounts of them)")
  Path genesis;

  @Option(names = "--keys", paramLabel = "KEY|FILE", split = ",",
      description = "sign with these hex private keys, or the keys in these files (one per line)")
  List<String> keys;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
      description = "most transactions in one JSON-RPC batch (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "4",
      description = "sending threads, each with its own accounts and one endpoint (default: ${DEFAULT-VALUE}, at "
          + "least one per endpoint)")
  int workers;

  @Option(names = "--drain", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
      description = "how long to wait for the last transactions after sending (default: ${DEFAULT-VALUE})")
  Duration drain;

  @Option(names = "--progress", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
      description = "interval of the progress lines (default: ${DEFAULT-VALUE})")
  Duration progress;

  @Option(names = "--out", paramLabel = "FILE", description = "also write the results as JSON here")
  Path outFile;

  @Override
  public Integer call() throws IOException, InterruptedException {
    final PrintWriter out = spec.commandLine().getOut();
    final PrintWriter err = spec.commandLine().getErr();
    final LoadGenerator.Config config;
    try {
      config = new LoadGenerator.Config(endpoints(), signers(), tps, duration, batch,
          Math.max(workers, rpc.size()), drain, progress, Duration.ofSeconds(10));
    } catch (final IllegalArgumentException | GenesisException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    out.printf("Load: %d tx/s for %ss from %d accounts to %s%n", tps, duration.toMillis() / 1000.0, config.keys().size(),
        String.join(", ", rpc));
    out.flush();
    final LoadResult result;
    try {
      result = new LoadGenerator(config, out).run();
    } catch (final RpcException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    out.print(result.summary());
    if (outFile != null) {
      if (outFile.toAbsolutePath().getParent() != null) {
        Files.createDirectories(outFile.toAbsolutePath().getParent());
      }
      Files.writeString(outFile, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(result.toJson()) + "\n");
      out.println("results written to " + outFile);
    }
    out.flush();
    return result.clean() ? 0 : 1;
  }

  private List<URI> endpoints() {
    final List<URI> uris = new ArrayList<>();
    for (final String url : rpc) {
      final URI uri;
      try {
        uri = URI.create(url.trim());
      } catch (final IllegalArgumentException e) {
        throw new IllegalArgumentException("--rpc " + url + " is not a URL");
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException("--rpc " + url + " is not an http(s) URL");
      }
      uris.add(uri);
    }
    return uris;
  }

  private List<KeyPair> signers() throws IOException {
    if (keys != null && genesis != null) {
      throw new IllegalArgumentException("--keys and --from-genesis exclude each other");
    }
    if (accounts != null && (accounts < 1 || accounts > LoadAccounts.MAX_DERIVED)) {
      throw new IllegalArgumentException("--accounts must be 1.." + LoadAccounts.MAX_DERIVED + ", got " + accounts);
    }
    if (keys != null) {
      return LoadAccounts.parseKeys(keys);
    }
    if (genesis != null) {
      return LoadAccounts.dev().fundedIn(GenesisFile.read(genesis),
          accounts != null ? accounts : LoadAccounts.MAX_DERIVED);
    }
    return LoadAccounts.dev().first(accounts != null ? accounts : 10);
  }
}
