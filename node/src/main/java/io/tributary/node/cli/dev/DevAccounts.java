package io.tributary.node.cli.dev;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.keys.Bip32Key;
import io.tributary.core.keys.Bip39Mnemonic;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * The devnet's well-known keys, as Hardhat and Anvil derive them: accounts at m/44'/60'/0'/0/i of the mnemonic
 * "test test ... junk", and the validator at m/44'/60'/1'/0/0 of the same seed, so every devnet has the same genesis.
 */
public final class DevAccounts {
  public static final String MNEMONIC = "test test test test test test test test test test test junk";

  private final Bytes seed = Bip39Mnemonic.parse(MNEMONIC).toSeed("");

  public List<KeyPair> accounts(final int count) {
    final List<KeyPair> keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      keys.add(Bip32Key.ethereumAccount(seed, i));
    }
    return keys;
  }

  public KeyPair validator() {
    return Bip32Key.master(seed).derive("m/44'/60'/1'/0/0").keyPair();
  }
}
