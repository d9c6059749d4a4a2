package io.tributary.node.cli.chain;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.keys.KeyStoreFile;
import io.tributary.node.cli.dev.DevAccounts;
import io.tributary.node.cli.keys.PasswordSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tuweni.bytes.Bytes32;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The key that signs: exactly one of a raw private key, a v3 keystore file, or one of the devnet's funded accounts. */
public final class SignerOptions {
  @Option(names = "--key", paramLabel = "0xHEX", description = "the private key (32 bytes hex); prefer --keystore")
  String privateKey;

  @Option(names = "--keystore", paramLabel = "FILE", description = "a v3 keystore file (tributary keys new)")
  Path keystore;

  @Mixin PasswordSource password;

  @Option(names = "--dev-account", paramLabel = "N",
      description = "the devnet's funded account N (tributary dev; public keys, for tryouts only)")
  Integer devAccount;

  /** The signing key; an {@link IllegalArgumentException} with a message for the user when it cannot be had. */
  public KeyPair keyPair() throws IOException {
    final int given = (privateKey != null ? 1 : 0) + (keystore != null ? 1 : 0) + (devAccount != null ? 1 : 0);
    if (given != 1) {
      throw new IllegalArgumentException("name the signer with exactly one of --key, --keystore or --dev-account");
    }
    if (privateKey != null) {
      try {
        return SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString(privateKey.trim()));
      } catch (final RuntimeException e) {
        throw new IllegalArgumentException("--key is not a valid 32-byte private key");
      }
    }
    if (devAccount != null) {
      if (devAccount < 0 || devAccount >= 1000) {
        throw new IllegalArgumentException("--dev-account must be 0..999");
      }
      return new DevAccounts().accounts(devAccount + 1).get(devAccount);
    }
    if (!Files.isRegularFile(keystore)) {
      throw new IllegalArgumentException("no such keystore file: " + keystore);
    }
    final String secret = password.read(false).orElseThrow(() -> new IllegalArgumentException(
        "the keystore needs a password: --password-file FILE, or run in a terminal"));
    try {
      return KeyStoreFile.decrypt(Files.readString(keystore, StandardCharsets.UTF_8), secret);
    } catch (final DecodingException e) {
      throw new IllegalArgumentException(keystore + ": " + e.getMessage());
    }
  }
}
