package io.tributary.node.cli.gov;

import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import io.tributary.state.gov.GovernanceModule;
import java.io.PrintWriter;
import org.apache.tuweni.units.bigints.UInt256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tributary gov deposit --id N --amount TRIB}: adds to a proposal's deposits in its deposit period. */
@Command(name = "deposit", mixinStandardHelpOptions = true,
    description = "Add to a proposal's deposits; its voting period starts when they reach minDeposit.")
public final class GovDepositCommand extends ModuleCommand {
  @Option(names = "--id", required = true, paramLabel = "N", description = "the proposal id")
  long id;

  @Option(names = "--amount", required = true, paramLabel = "TRIB", description = "the deposit, in TRIB")
  String amount;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed {
    sender.send(GovernanceModule.ADDRESS, Trib.parse(amount, "--amount"),
        GovernanceModule.DEPOSIT.encodeCall(UInt256.valueOf(id)));
    return 0;
  }
}
