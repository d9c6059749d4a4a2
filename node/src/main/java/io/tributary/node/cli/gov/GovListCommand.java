package io.tributary.node.cli.gov;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.node.cli.chain.ClientOptions;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.chain.RpcException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary gov list}: one line per proposal, from gov_listProposals. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List proposals: id, kind, status, title.")
public final class GovListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClientOptions client;

  @Option(names = "--from-id", defaultValue = "1", paramLabel = "N", description = "the first id (default 1)")
  long fromId;

  @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "at most this many (default 100)")
  int limit;

  @Override
  public Integer call() {
    final JsonNode page;
    try {
      final Map<String, Object> options = new LinkedHashMap<>();
      options.put("fromId", JsonRpcClient.quantity(fromId));
      options.put("limit", limit);
      page = client.client().call("gov_listProposals", options);
    } catch (final RpcException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 1;
    }
    final PrintWriter out = spec.commandLine().getOut();
    out.println(JsonRpcClient.quantity(page.get("total")) + " proposals");
    for (final JsonNode p : page.path("proposals")) {
      out.printf("%s  %-15s %-13s %s%n", JsonRpcClient.quantity(p.get("id")), p.get("kind").asText(),
          p.get("status").asText(), p.get("title").asText());
    }
    out.flush();
    return 0;
  }
}
