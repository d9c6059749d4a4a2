package io.tributary.node.cli.config;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Declares {@code --config-file} on the long-running commands; the file itself is read before parsing
 * ({@link ConfigDefaults}), so its values become the options' defaults.
 */
public final class ConfigFileOption {
  @Option(names = ConfigDefaults.OPTION, paramLabel = "FILE",
      description = "TOML file of option = value settings (keys are the long option names without dashes); "
          + "TRIBUTARY_<OPTION> environment variables override it, flags override both")
  Path file;
}
