package io.tributary.node.cli.gov;

import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.gov.VoteOption;
import java.io.PrintWriter;
import java.util.Locale;
import org.apache.tuweni.units.bigints.UInt256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tributary gov vote --id N --option yes|no|abstain|veto --lock TRIB}. */
@Command(name = "vote", mixinStandardHelpOptions = true,
    description = {"Vote on a proposal in its voting period. --lock adds TRIB to your lock in the module; the whole "
        + "lock is the vote's weight and stays locked until every voting period it backs is over (then: gov withdraw)."})
public final class GovVoteCommand extends ModuleCommand {
  @Option(names = "--id", required = true, paramLabel = "N", description = "the proposal id")
  long id;

  @Option(names = "--option", required = true, paramLabel = "OPTION", description = "yes, no, abstain or veto")
  String option;

  @Option(names = "--lock", defaultValue = "0", paramLabel = "TRIB",
      description = "TRIB to add to your lock (default 0: vote with the lock you have)")
  String lock;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed {
    final VoteOption choice = switch (option.toLowerCase(Locale.ROOT)) {
      case "yes" -> VoteOption.YES;
      case "no" -> VoteOption.NO;
      case "abstain" -> VoteOption.ABSTAIN;
      case "veto", "nowithveto" -> VoteOption.NO_WITH_VETO;
      default -> throw new IllegalArgumentException("--option is one of yes, no, abstain, veto; got " + option);
    };
    sender.send(GovernanceModule.ADDRESS, Trib.parse(lock, "--lock"),
        GovernanceModule.VOTE.encodeCall(UInt256.valueOf(id), UInt256.valueOf(choice.code())));
    return 0;
  }
}
