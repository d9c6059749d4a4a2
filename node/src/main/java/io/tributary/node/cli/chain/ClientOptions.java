package io.tributary.node.cli.chain;

import io.tributary.node.cli.run.DurationConverter;
import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Which node a client command talks to, and how long it waits for a transaction to be mined. */
public final class ClientOptions {
  @Option(names = "--rpc", paramLabel = "URL", defaultValue = "http://127.0.0.1:8545",
      description = "the node's JSON-RPC endpoint (default: ${DEFAULT-VALUE})")
  URI rpc;

  @Option(names = "--receipt-timeout", paramLabel = "DURATION", defaultValue = "60s",
      converter = DurationConverter.class,
      description = "how long to wait for each transaction's receipt (default: ${DEFAULT-VALUE})")
  Duration receiptTimeout;

  public JsonRpcClient client() {
    return new JsonRpcClient(rpc);
  }

  public Duration receiptTimeout() {
    return receiptTimeout;
  }
}
