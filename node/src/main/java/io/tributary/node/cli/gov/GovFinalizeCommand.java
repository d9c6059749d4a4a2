package io.tributary.node.cli.gov;

import io.tributary.core.types.Wei;
import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import io.tributary.node.cli.chain.SentCall;
import io.tributary.state.gov.GovernanceModule;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.tuweni.units.bigints.UInt256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tributary gov finalize --id N}: ends a proposal whose period is over; prints its final status. */
@Command(name = "finalize", mixinStandardHelpOptions = true,
    description = "End a proposal whose deposit or voting period is over: tally, execute if passed, settle deposits.")
public final class GovFinalizeCommand extends ModuleCommand {
  private static final List<String> OUTCOMES = List.of("ProposalPassed", "ProposalRejected", "ProposalVetoed",
      "ProposalExpired");

  @Option(names = "--id", required = true, paramLabel = "N", description = "the proposal id")
  long id;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed {
    final SentCall sent = sender.send(GovernanceModule.ADDRESS, Wei.ZERO,
        GovernanceModule.FINALIZE.encodeCall(UInt256.valueOf(id)));
    String status = "unknown";
    if (sent.first("ProposalExecutionFailed").isPresent()) {
      status = "failed";
    } else {
      for (final String event : OUTCOMES) {
        if (sent.first(event).isPresent()) {
          status = event.substring("Proposal".length()).toLowerCase(Locale.ROOT);
        }
      }
    }
    out.println("proposal " + id + ": " + status);
    return 0;
  }
}
