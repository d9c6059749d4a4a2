package io.tributary.node.cli.gov;

import io.tributary.core.types.Wei;
import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import io.tributary.state.gov.GovernanceModule;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code tributary gov withdraw}: takes back the signer's lock once every voting period it backs is over. */
@Command(name = "withdraw", mixinStandardHelpOptions = true,
    description = "Take back your locked TRIB once every voting period it backs is over.")
public final class GovWithdrawCommand extends ModuleCommand {
  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed {
    sender.send(GovernanceModule.ADDRESS, Wei.ZERO, GovernanceModule.WITHDRAW.encodeCall());
    return 0;
  }
}
