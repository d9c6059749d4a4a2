package io.tributary.node;

import io.tributary.node.cli.dataset.DatasetCommand;
import io.tributary.node.cli.dev.DevCommand;
import io.tributary.node.cli.evm.EvmCommand;
import io.tributary.node.cli.export.ExportCommand;
import io.tributary.node.cli.genesis.GenesisCommand;
import io.tributary.node.cli.gov.GovCommand;
import io.tributary.node.cli.infer.InferCommand;
import io.tributary.node.cli.run.NodeCommand;
import io.tributary.node.cli.keys.KeysCommand;
import io.tributary.node.cli.load.LoadCommand;
import io.tributary.node.cli.model.ModelCommand;
import io.tributary.node.cli.poa.PoaCommand;
import io.tributary.node.cli.testnet.TestnetCommand;
import io.tributary.node.cli.tx.TxCommand;
import io.tributary.node.cli.config.ConfigDefaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tributary} command line: one subcommand per concern, each in {@code io.tributary.node.cli}. */
@Command(
    name = "tributary",
    mixinStandardHelpOptions = true,
    versionProvider = TributaryVersion.class,
    description = "Tributary: a blockchain for AI data attribution.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DevCommand.class,
      NodeCommand.class,
      TestnetCommand.class,
      GenesisCommand.class,
      ExportCommand.class,
      LoadCommand.class,
      DatasetCommand.class,
      ModelCommand.class,
      InferCommand.class,
      GovCommand.class,
      EvmCommand.class,
      KeysCommand.class,
      PoaCommand.class,
      TxCommand.class,
    })
public final class Tributary implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(final String[] args) {
    final String badFormat = LogFormat.select(System.getenv());
    if (badFormat != null) {
      System.err.println("error: " + badFormat);
      System.exit(2);
    }
    System.exit(run(args, System.getenv()));
  }

  /**
   * Runs {@code args} with defaults from {@code environment} ({@code TRIBUTARY_<OPTION>}) and the config file
   * ({@code --config-file} or {@code TRIBUTARY_CONFIG_FILE}); a config file key no option of the command has is an
   * error, not silently ignored.
   */
  public static int run(final String[] args, final Map<String, String> environment) {
    final CommandLine commandLine = commandLine();
    final ConfigDefaults defaults;
    try {
      defaults = ConfigDefaults.of(args, environment);
    } catch (final IllegalArgumentException e) {
      commandLine.getErr().println("error: " + e.getMessage());
      commandLine.getErr().flush();
      return 2;
    }
    commandLine.setDefaultValueProvider(defaults);
    commandLine.setExecutionStrategy(parsed -> {
      final List<CommandLine> commands = parsed.asCommandLineList();
      final CommandLine command = commands.get(commands.size() - 1);
      final List<String> unknown = defaults.unknownKeys(command.getCommandSpec());
      if (!unknown.isEmpty()) {
        command.getErr().println("error: config file " + defaults.file().orElseThrow() + ": no option "
            + String.join(", ", unknown) + " in 'tributary " + command.getCommandSpec().qualifiedName(" ")
            .replaceFirst("^tributary ", "") + "' (see --help)");
        command.getErr().flush();
        return 2;
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    return commandLine.execute(args);
  }

  /** The configured command line, also used by tests to run subcommands in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new Tributary()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Tributary::failed);
  }

  /**
   * A command that throws: a bad option value or an unusable file or directory (an argument, state or I/O exception
   * that says what is wrong) is one {@code error:} line and exit code 1; anything else is a defect and keeps its
   * stack trace.
   */
  private static int failed(final Exception e, final CommandLine command, final CommandLine.ParseResult parsed) {
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
        || e instanceof UncheckedIOException || e instanceof IOException) {
      command.getErr().println("error: " + e.getMessage());
    } else {
      e.printStackTrace(command.getErr());
    }
    command.getErr().flush();
    return 1;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
