package io.tributary.node.cli.keys;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a keystore password comes from: a file (first line), or the terminal when there is one. */
public final class PasswordSource {
  @Option(names = "--password-file", paramLabel = "FILE", description = "read the password from the first line of FILE")
  Path passwordFile;

  /** The password, or empty when neither a file nor a terminal is available. */
  public Optional<String> read(final boolean confirm) throws IOException {
    if (passwordFile != null) {
      final String content = Files.readString(passwordFile, StandardCharsets.UTF_8);
      final int newline = content.indexOf('\n');
      return Optional.of((newline >= 0 ? content.substring(0, newline) : content).replace("\r", ""));
    }
    final Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    final char[] first = console.readPassword("Password: ");
    if (confirm) {
      final char[] again = console.readPassword("Repeat password: ");
      if (!Arrays.equals(first, again)) {
        throw new IllegalArgumentException("the passwords do not match");
      }
    }
    return Optional.of(new String(first));
  }
}
