package io.tributary.node.cli.gov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.node.cli.chain.ClientOptions;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.chain.RpcException;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary gov show --id N}: the proposal as gov_getProposal answers it, with gov_getTally's standing. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a proposal: what it does, its periods, deposits and votes, and where the votes stand.")
public final class GovShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClientOptions client;

  @Option(names = "--id", required = true, paramLabel = "N", description = "the proposal id")
  long id;

  @Override
  public Integer call() throws IOException {
    final JsonNode proposal;
    final JsonNode tally;
    try {
      final JsonRpcClient rpc = client.client();
      proposal = rpc.call("gov_getProposal", JsonRpcClient.quantity(id));
      if (proposal == null || proposal.isNull()) {
        spec.commandLine().getErr().println("error: proposal " + id + " does not exist");
        return 1;
      }
      tally = rpc.call("gov_getTally", JsonRpcClient.quantity(id));
    } catch (final RpcException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 1;
    }
    final ObjectNode shown = ((ObjectNode) proposal).deepCopy();
    if (tally != null && tally.isObject()) {
      final ObjectNode standing = ((ObjectNode) tally).deepCopy();
      standing.remove("proposalId");
      standing.remove("status");
      shown.set("standing", standing);
    }
    spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(shown));
    return 0;
  }
}
