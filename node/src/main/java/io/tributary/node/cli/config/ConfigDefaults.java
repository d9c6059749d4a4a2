package io.tributary.node.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where an option not given on the command line takes its value from, before its built-in default: an environment
 * variable ({@code --rpc-port} is {@code TRIBUTARY_RPC_PORT}), then the TOML config file ({@code rpc-port = 8545};
 * lists as arrays, {@code bootnodes = ["enode://...", ...]}). Flags win over both, the environment over the file, so an
 * operator keeps one file per node and overrides a value for one run.
 */
public final class ConfigDefaults implements IDefaultValueProvider {
  public static final String OPTION = "--config-file";
  public static final String ENVIRONMENT = "TRIBUTARY_CONFIG_FILE";

  private final Map<String, String> environment;
  private final Optional<Path> file;
  private final Optional<JsonNode> config;

  private ConfigDefaults(final Map<String, String> environment, final Optional<Path> file,
      final Optional<JsonNode> config) {
    this.environment = environment;
    this.file = file;
    this.config = config;
  }

  /**
   * The defaults for a run with {@code args}: the config file named by {@code --config-file} among them, else by
   * {@code TRIBUTARY_CONFIG_FILE}; a file that cannot be read or parsed is an {@link IllegalArgumentException} saying
   * why.
   */
  public static ConfigDefaults of(final String[] args, final Map<String, String> environment) {
    Optional<Path> file = Optional.ofNullable(environment.get(ENVIRONMENT)).filter(s -> !s.isBlank()).map(Path::of);
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(OPTION) && i + 1 < args.length) {
        file = Optional.of(Path.of(args[i + 1]));
      } else if (args[i].startsWith(OPTION + "=")) {
        file = Optional.of(Path.of(args[i].substring(OPTION.length() + 1)));
      }
    }
    return new ConfigDefaults(environment, file, file.map(ConfigDefaults::read));
  }

  private static JsonNode read(final Path file) {
    try {
      final JsonNode root = new TomlMapper().readTree(Files.readString(file));
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("config file " + file + " holds no key = value settings");
      }
      return root;
    } catch (final IOException e) {
      throw new IllegalArgumentException("config file " + file + ": " + e.getMessage().lines().findFirst()
          .orElse(e.toString()));
    }
  }

  public Optional<Path> file() {
    return file;
  }

  @Override
  public String defaultValue(final ArgSpec argSpec) {
    if (!(argSpec instanceof OptionSpec option) || option.longestName().equals(OPTION)) {
      return null;
    }
    final String key = key(option);
    final String fromEnvironment = environment.get("TRIBUTARY_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
    if (fromEnvironment != null) {
      return fromEnvironment;
    }
    // The file configures the commands that take it (node, dev), not the client commands run beside them.
    if (option.command() == null || option.command().findOption(OPTION) == null) {
      return null;
    }
    return config.map(c -> c.get(key)).map(ConfigDefaults::text).orElse(null);
  }

  /** The keys of the config file that no option of {@code command} has, sorted: typos to report, not ignore. */
  public List<String> unknownKeys(final CommandSpec command) {
    if (config.isEmpty() || command.findOption(OPTION) == null) {
      return List.of();
    }
    final TreeSet<String> known = new TreeSet<>();
    for (final OptionSpec option : command.options()) {
      known.add(key(option));
    }
    final List<String> unknown = new ArrayList<>();
    final Iterator<String> names = config.get().fieldNames();
    while (names.hasNext()) {
      final String name = names.next();
      if (!known.contains(name)) {
        unknown.add(name);
      }
    }
    return unknown.stream().sorted().toList();
  }

  private static String key(final OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "");
  }

  /** A TOML value as picocli reads a default: scalars as text, arrays joined by commas (options split on them). */
  private static String text(final JsonNode value) {
    if (value.isArray()) {
      final List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText()));
      return String.join(",", items);
    }
    return value.asText();
  }
}
