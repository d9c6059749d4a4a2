package io.tributary.node.cli.gov;

import picocli.CommandLine.Command;

/** {@code tributary gov}: proposals, deposits and votes with the Governance module (contracts/IGovernance.sol). */
@Command(name = "gov", description = "Submit, fund, vote on and finalize governance proposals; show them.",
    mixinStandardHelpOptions = true, subcommands = {GovProposeCommand.class, GovDepositCommand.class,
        GovVoteCommand.class, GovFinalizeCommand.class, GovWithdrawCommand.class, GovClaimCommand.class,
        GovShowCommand.class, GovListCommand.class})
public final class GovCommand {}
