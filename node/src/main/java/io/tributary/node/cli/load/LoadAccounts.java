package io.tributary.node.cli.load;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.keys.Bip32Key;
import io.tributary.core.keys.Bip39Mnemonic;
import io.tributary.core.types.Address;
import io.tributary.genesis.GenesisConfig;
import io.tributary.node.cli.dev.DevAccounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The accounts a load run signs with. {@code tributary dev} and {@code tributary testnet init} fund the accounts
 * m/44'/60'/0'/0/i of the public dev mnemonic, so the load tool derives the same keys from a count alone.
 */
public final class LoadAccounts {
  /** Derivation stops here when it looks for the funded accounts of a genesis. */
  public static final int MAX_DERIVED = 10_000;

  private final Bytes seed;

  public LoadAccounts(final String mnemonic) {
    this.seed = Bip39Mnemonic.parse(mnemonic).toSeed("");
  }

  public static LoadAccounts dev() {
    return new LoadAccounts(DevAccounts.MNEMONIC);
  }

  /** Accounts 0 .. count-1. */
  public List<KeyPair> first(final int count) {
    final List<KeyPair> keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      keys.add(Bip32Key.ethereumAccount(seed, i));
    }
    return keys;
  }

  /**
   * The derived accounts funded in {@code genesis}, from index 0 up to the first one it does not allocate, at most
   * {@code limit}; an error when account 0 is not funded there.
   */
  public List<KeyPair> fundedIn(final GenesisConfig genesis, final int limit) {
    final List<KeyPair> keys = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, MAX_DERIVED); i++) {
      final KeyPair key = Bip32Key.ethereumAccount(seed, i);
      final Address address = key.address();
      final var account = genesis.alloc().get(address);
      if (account == null || account.balance().toBigInteger().signum() == 0) {
        break;
      }
      keys.add(key);
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("the genesis funds no account of the dev mnemonic (m/44'/60'/0'/0/0 is "
          + Bip32Key.ethereumAccount(seed, 0).address().toChecksumString() + "): pass --keys instead");
    }
    return keys;
  }

  /**
   * Keys given on the command line: each item a 32-byte hex private key, or a file holding one per line (blank lines
   * and lines starting with # skipped).
   */
  public static List<KeyPair> parseKeys(final List<String> items) throws IOException {
    final List<KeyPair> keys = new ArrayList<>();
    for (final String item : items) {
      if (isHexKey(item)) {
        keys.add(key(item, "--keys"));
        continue;
      }
      final Path file = Path.of(item);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("--keys " + item + " is neither a 32-byte hex private key nor a file");
      }
      int line = 0;
      for (final String raw : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        line++;
        final String text = raw.trim();
        if (!text.isEmpty() && !text.startsWith("#")) {
          keys.add(key(text, file + " line " + line));
        }
      }
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("--keys gave no keys");
    }
    return keys;
  }

  private static boolean isHexKey(final String text) {
    return text.trim().matches("(0x)?[0-9a-fA-F]{64}");
  }

  private static KeyPair key(final String text, final String where) {
    if (!isHexKey(text)) {
      throw new IllegalArgumentException(where + " is not a 32-byte hex private key");
    }
    return SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString(text.trim()));
  }
}
