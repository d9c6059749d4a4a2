package io.tributary.node.cli.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.keys.KeyStoreFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tributary keys inspect FILE}: address and KDF; with a password, proves it opens; with --private, the key. */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = "Show what a keystore file holds.")
public final class KeysInspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PasswordSource password;

  @Parameters(index = "0", paramLabel = "FILE", description = "a v3 keystore file")
  Path file;

  @Option(names = "--private", description = "also print the private key (needs the password)")
  boolean showPrivate;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      spec.commandLine().getErr().println("error: no such file: " + file);
      return 1;
    }
    final String content = Files.readString(file, StandardCharsets.UTF_8);
    final Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file.toString());
    final JsonNode node;
    try {
      node = new ObjectMapper().readTree(content);
    } catch (IOException e) {
      spec.commandLine().getErr().println("error: " + file + " is not JSON");
      return 1;
    }
    final JsonNode crypto = node.has("crypto") ? node.get("crypto") : node.path("Crypto");
    out.put("kdf", crypto.path("kdf").asText(null));
    final Optional<String> secret = password.passwordFile != null || showPrivate ? password.read(false) : Optional.empty();
    if (showPrivate && secret.isEmpty()) {
      spec.commandLine().getErr().println("error: --private needs the password (--password-file FILE)");
      return 1;
    }
    if (secret.isPresent()) {
      final KeyPair keys;
      try {
        keys = KeyStoreFile.decrypt(content, secret.get());
      } catch (DecodingException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        return 1;
      }
      out.put("address", keys.address().toChecksumString());
      out.put("unlocked", true);
      if (showPrivate) {
        out.put("privateKey", keys.privateKey().toHexString());
      }
    } else {
      out.put("address", node.path("address").isTextual() ? "0x" + node.get("address").asText().replaceFirst("^0x", "")
          : null);
      out.put("unlocked", false);
    }
    spec.commandLine().getOut().println(
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    return 0;
  }
}
