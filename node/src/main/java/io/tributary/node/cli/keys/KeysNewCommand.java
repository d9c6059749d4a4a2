package io.tributary.node.cli.keys;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.keys.KeyStoreFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary keys new}: a fresh key, encrypted into the keystore; prints its address, never the key. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a new key in the keystore.")
public final class KeysNewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PasswordSource password;

  @Option(names = "--keystore", paramLabel = "DIR", defaultValue = KeysCommand.DEFAULT_KEYSTORE,
      description = "keystore directory (default: ${DEFAULT-VALUE})")
  Path keystore;

  @Option(names = "--light-kdf", description = "cheap scrypt parameters (fast, weaker): for throwaway dev keys only")
  boolean lightKdf;

  @Override
  public Integer call() throws Exception {
    final Optional<String> secret = password.read(true);
    if (secret.isEmpty()) {
      spec.commandLine().getErr().println("error: no password: pass --password-file FILE or run in a terminal");
      return 1;
    }
    final KeyPair keys = SignatureAlgorithms.get().generateKeyPair();
    final String json = KeyStoreFile.encrypt(keys, secret.get(), lightKdf ? KeyStoreFile.LIGHT : KeyStoreFile.STANDARD);
    Files.createDirectories(keystore);
    final Path file = keystore.resolve(KeyStoreFile.fileName(keys.address(), Instant.now()));
    Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: leave the platform's default permissions
    }
    spec.commandLine().getOut().println("address: " + keys.address().toChecksumString());
    spec.commandLine().getOut().println("keyfile: " + file);
    return 0;
  }
}
