package io.tributary.node.cli.gov;

import io.tributary.core.abi.AbiFunction;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import io.tributary.node.cli.chain.SentCall;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.gov.ProposalKind;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tributary gov propose}: submits a text, treasury-spend, parameter-change, validator-change or upgrade
 * proposal; prints its id.
 */
@Command(name = "propose", mixinStandardHelpOptions = true,
    description = {"Submit a proposal with a first deposit; prints its id.",
        "--kind text needs only a title; spend needs --recipient and --amount (TRIB); param needs --parameter "
            + "(minDeposit, depositPeriod, votingPeriod, quorumBps, thresholdBps, vetoBps, chain.gasLimit, "
            + "chain.elasticityMultiplier, chain.baseFeeChangeDenominator, attribution.minHits, "
            + "attribution.maxWords, ai.minDataBps, ai.minTreasuryBps, ai.maxTreasuryBps, ai.maxLineageBps) and "
            + "--value; add-validator and remove-validator need --validator; upgrade needs --name and --height."})
public final class GovProposeCommand extends ModuleCommand {
  private static final AbiFunction SPEND = AbiFunction.parse("spend(address,uint256)", "");
  private static final AbiFunction PARAMETER = AbiFunction.parse("parameter(string,uint256)", "");
  private static final AbiFunction VALIDATOR = AbiFunction.parse("validator(address,bool)", "");
  private static final AbiFunction UPGRADE = AbiFunction.parse("upgrade(string,uint64)", "");

  @Option(names = "--kind", required = true, paramLabel = "KIND",
      description = "text, spend, param, add-validator, remove-validator or upgrade")
  String kind;

  @Option(names = "--validator", paramLabel = "0xADDRESS",
      description = "add-validator, remove-validator: the validator's address (its node key's)")
  String validator;

  @Option(names = "--name", paramLabel = "NAME", description = "upgrade: the upgrade's name, e.g. checkpoint-1")
  String upgradeName;

  @Option(names = "--height", paramLabel = "BLOCK", description = "upgrade: the first block under its rules")
  Long height;

  @Option(names = "--title", required = true, paramLabel = "TITLE", description = "the title (at most 256 bytes)")
  String title;

  @Option(names = "--description", defaultValue = "", paramLabel = "TEXT", description = "what and why")
  String description;

  @Option(names = "--recipient", paramLabel = "0xADDRESS", description = "spend: who the treasury pays")
  String recipient;

  @Option(names = "--amount", paramLabel = "TRIB", description = "spend: how much the treasury pays, in TRIB")
  String amount;

  @Option(names = "--parameter", paramLabel = "NAME", description = "param: the governance parameter to set")
  String parameter;

  @Option(names = "--value", paramLabel = "N",
      description = "param: its new value (wei for minDeposit, blocks for periods, basis points otherwise)")
  BigInteger value;

  @Option(names = "--deposit", defaultValue = "0", paramLabel = "TRIB",
      description = "the first deposit, in TRIB (default 0); voting starts once deposits reach minDeposit")
  String deposit;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed {
    final ProposalKind proposalKind;
    final Bytes payload;
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "text" -> {
        proposalKind = ProposalKind.TEXT;
        payload = Bytes.EMPTY;
      }
      case "spend" -> {
        if (recipient == null || amount == null) {
          throw new IllegalArgumentException("--kind spend needs --recipient and --amount");
        }
        final Address to = address(recipient, "--recipient");
        proposalKind = ProposalKind.TREASURY_SPEND;
        payload = SPEND.encodeCall(to, Trib.parse(amount, "--amount").toUInt256()).slice(4);
      }
      case "param" -> {
        if (parameter == null || value == null) {
          throw new IllegalArgumentException("--kind param needs --parameter and --value");
        }
        if (value.signum() < 0 || value.bitLength() > 256) {
          throw new IllegalArgumentException("--value must be a uint256");
        }
        proposalKind = ProposalKind.PARAMETER_CHANGE;
        payload = PARAMETER.encodeCall(parameter, UInt256.valueOf(value)).slice(4);
      }
      case "add-validator", "remove-validator" -> {
        if (validator == null) {
          throw new IllegalArgumentException("--kind " + kind + " needs --validator");
        }
        proposalKind = ProposalKind.VALIDATOR_CHANGE;
        payload = VALIDATOR.encodeCall(address(validator, "--validator"), kind.startsWith("add")).slice(4);
      }
      case "upgrade" -> {
        if (upgradeName == null || height == null) {
          throw new IllegalArgumentException("--kind upgrade needs --name and --height");
        }
        if (height <= 0) {
          throw new IllegalArgumentException("--height must be a positive block number");
        }
        proposalKind = ProposalKind.UPGRADE;
        payload = UPGRADE.encodeCall(upgradeName, UInt256.valueOf(height)).slice(4);
      }
      default -> throw new IllegalArgumentException("--kind is one of text, spend, param, add-validator, "
          + "remove-validator, upgrade; got " + kind);
    }
    final Wei first = Trib.parse(deposit, "--deposit");
    final SentCall sent = sender.send(GovernanceModule.ADDRESS, first, GovernanceModule.SUBMIT.encodeCall(
        UInt256.valueOf(proposalKind.code()), title, description, payload));
    final long id = sent.first("ProposalSubmitted").orElseThrow(() -> new ModuleCallFailed(
        "the submission was mined without a ProposalSubmitted event")).uint("proposalId").longValueExact();
    out.println("proposal id: " + id);
    return 0;
  }

  private static Address address(final String text, final String option) {
    try {
      return Address.fromHexString(text);
    } catch (final RuntimeException e) {
      throw new IllegalArgumentException(option + " is not a 20-byte hex address: " + text);
    }
  }
}
