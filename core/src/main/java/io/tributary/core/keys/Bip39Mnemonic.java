package io.tributary.core.keys;

import io.tributary.core.crypto.Sha256;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/** BIP-39 mnemonics with the official English word list: generation, checksum validation and seed derivation. */
public final class Bip39Mnemonic {
  private static final List<String> WORDS = loadWords();
  private static final Map<String, Integer> INDEX = indexWords();

  private final List<String> words;

  private Bip39Mnemonic(final List<String> words) {
    this.words = List.copyOf(words);
  }

  /** A fresh mnemonic of 12 (128 bits) to 24 (256 bits) words. */
  public static Bip39Mnemonic generate(final int entropyBits) {
    final byte[] entropy = new byte[entropyBits / 8];
    new SecureRandom().nextBytes(entropy);
    return fromEntropy(entropy);
  }

  /** Entropy of 16, 20, 24, 28 or 32 bytes. */
  public static Bip39Mnemonic fromEntropy(final byte[] entropy) {
    if (entropy.length < 16 || entropy.length > 32 || entropy.length % 4 != 0) {
      throw new IllegalArgumentException("BIP-39 entropy is 16 to 32 bytes in steps of 4, got " + entropy.length);
    }
    final int checksumBits = entropy.length / 4;
    final byte[] hash = Sha256.digest(entropy);
    final int totalBits = entropy.length * 8 + checksumBits;
    final List<String> out = new ArrayList<>();
    for (int i = 0; i < totalBits / 11; i++) {
      int index = 0;
      for (int bit = 0; bit < 11; bit++) {
        final int pos = i * 11 + bit;
        final boolean set = pos < entropy.length * 8 ? bitAt(entropy, pos) : bitAt(hash, pos - entropy.length * 8);
        index = (index << 1) | (set ? 1 : 0);
      }
      out.add(WORDS.get(index));
    }
    return new Bip39Mnemonic(out);
  }

  /** Parses and checks a mnemonic: known words, a valid length and a matching checksum. */
  public static Bip39Mnemonic parse(final String phrase) {
    final String[] parts = Normalizer.normalize(phrase, Normalizer.Form.NFKD).trim().toLowerCase(Locale.ROOT)
        .split("\\s+");
    if (parts.length < 12 || parts.length > 24 || parts.length % 3 != 0) {
      throw new IllegalArgumentException("a BIP-39 mnemonic has 12, 15, 18, 21 or 24 words, got " + parts.length);
    }
    final int totalBits = parts.length * 11;
    final int checksumBits = totalBits / 33;
    final byte[] bits = new byte[(totalBits + 7) / 8];
    for (int i = 0; i < parts.length; i++) {
      final Integer index = INDEX.get(parts[i]);
      if (index == null) {
        throw new IllegalArgumentException("word " + (i + 1) + " (\"" + parts[i] + "\") is not in the BIP-39 English list");
      }
      for (int bit = 0; bit < 11; bit++) {
        if ((index >> (10 - bit) & 1) == 1) {
          final int pos = i * 11 + bit;
          bits[pos / 8] |= (byte) (0x80 >>> (pos % 8));
        }
      }
    }
    final byte[] entropy = java.util.Arrays.copyOf(bits, (totalBits - checksumBits) / 8);
    final byte[] hash = Sha256.digest(entropy);
    for (int i = 0; i < checksumBits; i++) {
      if (bitAt(bits, entropy.length * 8 + i) != bitAt(hash, i)) {
        throw new IllegalArgumentException("mnemonic checksum does not match (a word is wrong or out of order)");
      }
    }
    return new Bip39Mnemonic(List.of(parts));
  }

  /** The 64-byte seed: PBKDF2-HMAC-SHA512(mnemonic, "mnemonic" + passphrase, 2048 rounds), both NFKD-normalised. */
  public Bytes toSeed(final String passphrase) {
    final PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA512Digest());
    final byte[] password = Normalizer.normalize(phrase(), Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
    final byte[] salt = Normalizer.normalize("mnemonic" + passphrase, Normalizer.Form.NFKD)
        .getBytes(StandardCharsets.UTF_8);
    generator.init(password, salt, 2048);
    return Bytes.wrap(((KeyParameter) generator.generateDerivedParameters(512)).getKey());
  }

  public List<String> words() {
    return words;
  }

  public String phrase() {
    return String.join(" ", words);
  }

  /** Never prints the words. */
  @Override
  public String toString() {
    return "Bip39Mnemonic[" + words.size() + " words]";
  }

  private static boolean bitAt(final byte[] data, final int pos) {
    return (data[pos / 8] >> (7 - pos % 8) & 1) == 1;
  }

  private static List<String> loadWords() {
    try (InputStream in = Bip39Mnemonic.class.getResourceAsStream("bip39-english.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      final List<String> words = reader.lines().map(String::trim).filter(w -> !w.isEmpty()).toList();
      if (words.size() != 2048) {
        throw new IllegalStateException("BIP-39 word list has " + words.size() + " words, expected 2048");
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Integer> indexWords() {
    final Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < WORDS.size(); i++) {
      index.put(WORDS.get(i), i);
    }
    return index;
  }
}
