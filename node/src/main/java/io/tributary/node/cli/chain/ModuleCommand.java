package io.tributary.node.cli.chain;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that sends module calls: the node ({@code --rpc}) and the signer as options, and one place that turns
 * a revert, a refused transaction or an unreachable node into "error: ..." and exit code 1.
 */
public abstract class ModuleCommand implements Callable<Integer> {
  @Spec protected CommandSpec spec;
  @Mixin protected ClientOptions client;
  @Mixin protected SignerOptions signer;

  /** Runs the command's calls; its exit code. */
  protected abstract int run(ModuleCallSender sender, PrintWriter out) throws ModuleCallFailed, IOException;

  @Override
  public final Integer call() throws IOException {
    final PrintWriter out = spec.commandLine().getOut();
    try {
      return run(new ModuleCallSender(client.client(), signer.keyPair(), client.receiptTimeout(), out), out);
    } catch (final ModuleCallFailed | RpcException | IllegalArgumentException e) {
      out.flush();
      spec.commandLine().getErr().println("error: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    }
  }

  /** Stderr, for progress and warnings. */
  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
