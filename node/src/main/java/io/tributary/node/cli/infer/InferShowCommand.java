package io.tributary.node.cli.infer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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

/** {@code tributary infer show --id N}: the recorded inference as {@code ai_getInference} answers it. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a recorded inference: model, caller, hashes, fee, block and verified claims.")
public final class InferShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ClientOptions client;

  @Option(names = "--id", required = true, paramLabel = "ID", description = "the inference id")
  long id;

  @Override
  public Integer call() throws IOException {
    final JsonNode inference;
    try {
      inference = client.client().call("ai_getInference", JsonRpcClient.quantity(id));
    } catch (final RpcException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 1;
    }
    if (inference == null || inference.isNull()) {
      spec.commandLine().getErr().println("error: inference " + id + " is not recorded");
      return 1;
    }
    spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(inference));
    return 0;
  }
}
