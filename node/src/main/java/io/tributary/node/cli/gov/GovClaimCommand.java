package io.tributary.node.cli.gov;

import io.tributary.core.types.Wei;
import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import io.tributary.state.gov.GovernanceModule;
import java.io.PrintWriter;
import org.apache.tuweni.units.bigints.UInt256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tributary gov claim --id N}: takes back the signer's deposit on an ended proposal that kept its deposits. */
@Command(name = "claim", mixinStandardHelpOptions = true,
    description = "Take back your deposit on an ended proposal whose deposits were not forfeited.")
public final class GovClaimCommand extends ModuleCommand {
  @Option(names = "--id", required = true, paramLabel = "N", description = "the proposal id")
  long id;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed {
    sender.send(GovernanceModule.ADDRESS, Wei.ZERO, GovernanceModule.CLAIM_DEPOSIT.encodeCall(UInt256.valueOf(id)));
    return 0;
  }
}
