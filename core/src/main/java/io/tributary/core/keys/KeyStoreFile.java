package io.tributary.core.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * Web3 Secret Storage v3 (geth's keystore format): a private key encrypted with AES-128-CTR under a key derived by
 * scrypt or PBKDF2-HMAC-SHA256, authenticated by keccak256(derivedKey[16..32] || ciphertext). Files written here
 * are read by geth and ethers.js, and theirs here.
 */
public final class KeyStoreFile {
  /** geth's standard scrypt cost (N=2^18, r=8, p=1). */
  public static final KdfParams STANDARD = new KdfParams(1 << 18, 8, 1);
  /** geth's --lightkdf cost, for tests and throwaway dev keys. */
  public static final KdfParams LIGHT = new KdfParams(1 << 12, 8, 6);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** scrypt cost parameters. */
  public record KdfParams(int n, int r, int p) {}

  private KeyStoreFile() {}

  /** Encrypts {@code keys} with {@code password} as a v3 keystore JSON document (scrypt). */
  public static String encrypt(final KeyPair keys, final String password, final KdfParams params) {
    final byte[] salt = random(32);
    final byte[] iv = random(16);
    final byte[] derived = Scrypt.derive(password.getBytes(StandardCharsets.UTF_8), salt, params.n(), params.r(),
        params.p(), 32);
    final byte[] ciphertext = aesCtr(derived, iv, keys.privateKey().toArrayUnsafe());
    final ObjectNode root = JSON.createObjectNode();
    root.put("address", keys.address().toUnprefixedHexString());
    final ObjectNode crypto = root.putObject("crypto");
    crypto.put("cipher", "aes-128-ctr");
    crypto.putObject("cipherparams").put("iv", hex(iv));
    crypto.put("ciphertext", hex(ciphertext));
    crypto.put("kdf", "scrypt");
    final ObjectNode kdf = crypto.putObject("kdfparams");
    kdf.put("dklen", 32).put("n", params.n()).put("p", params.p()).put("r", params.r()).put("salt", hex(salt));
    crypto.put("mac", hex(mac(derived, ciphertext)));
    root.put("id", UUID.randomUUID().toString());
    root.put("version", 3);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Decrypts a v3 keystore. Malformed documents and unsupported ciphers or KDFs are {@link DecodingException}s naming
   * the JSON path; a wrong password is {@link DecodingError#WRONG_PASSWORD}.
   */
  public static KeyPair decrypt(final String json, final String password) {
    final JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new DecodingException(DecodingError.INVALID_JSON, "keystore: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new DecodingException(DecodingError.INVALID_JSON, "keystore: expected a JSON object");
    }
    final JsonNode version = root.get("version");
    if (version == null || version.asInt() != 3) {
      throw new DecodingException(DecodingError.INVALID_VALUE, "keystore.version: only version 3 is supported");
    }
    final JsonNode crypto = root.has("crypto") ? root.get("crypto") : root.get("Crypto");
    if (crypto == null || !crypto.isObject()) {
      throw new DecodingException(DecodingError.INVALID_JSON, "keystore.crypto: missing");
    }
    final String cipher = text(crypto, "crypto.cipher");
    if (!cipher.equals("aes-128-ctr")) {
      throw new DecodingException(DecodingError.UNSUPPORTED_TYPE, "keystore.crypto.cipher: " + cipher);
    }
    final byte[] iv = bytes(crypto.path("cipherparams"), "iv", "crypto.cipherparams.iv");
    final byte[] ciphertext = bytes(crypto, "ciphertext", "crypto.ciphertext");
    final byte[] expectedMac = bytes(crypto, "mac", "crypto.mac");
    final byte[] derived = deriveKey(crypto, password);
    if (!MessageDigest.isEqual(mac(derived, ciphertext), expectedMac)) {
      throw new DecodingException(DecodingError.WRONG_PASSWORD, "keystore: the password does not open this key");
    }
    final byte[] privateKey = aesCtr(derived, iv, ciphertext);
    if (privateKey.length != 32) {
      throw new DecodingException(DecodingError.WRONG_FIELD_SIZE, "keystore.crypto.ciphertext: a key is 32 bytes");
    }
    final KeyPair keys;
    try {
      keys = SignatureAlgorithms.get().createKeyPair(Bytes32.wrap(privateKey));
    } catch (IllegalArgumentException e) {
      throw new DecodingException(DecodingError.INVALID_VALUE, "keystore: decrypted key is not a valid secp256k1 key");
    }
    final JsonNode address = root.get("address");
    if (address != null && address.isTextual()
        && !keys.address().equals(Address.fromHexString(prefixed(address.asText())))) {
      throw new DecodingException(DecodingError.INVALID_VALUE, "keystore.address: does not match the decrypted key");
    }
    return keys;
  }

  /** geth's file name: {@code UTC--2026-11-24T23-59-59.123456789Z--<address>}. */
  public static String fileName(final Address address, final Instant now) {
    final String time = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSSSSSSSS'Z'", Locale.ROOT)
        .withZone(ZoneOffset.UTC).format(now);
    return "UTC--" + time + "--" + address.toUnprefixedHexString();
  }

  private static byte[] deriveKey(final JsonNode crypto, final String password) {
    final String kdf = text(crypto, "crypto.kdf");
    final JsonNode params = crypto.path("kdfparams");
    final byte[] salt = bytes(params, "salt", "crypto.kdfparams.salt");
    final int dklen = integer(params, "dklen", "crypto.kdfparams.dklen");
    if (dklen != 32) {
      throw new DecodingException(DecodingError.INVALID_VALUE, "keystore.crypto.kdfparams.dklen: must be 32");
    }
    final byte[] pass = password.getBytes(StandardCharsets.UTF_8);
    switch (kdf) {
      case "scrypt": {
        final int n = integer(params, "n", "crypto.kdfparams.n");
        final int r = integer(params, "r", "crypto.kdfparams.r");
        final int p = integer(params, "p", "crypto.kdfparams.p");
        // 128 * n * r bytes of memory: cap at geth's standard 256 MiB so a hostile file cannot exhaust the heap.
        if (n < 2 || Integer.bitCount(n) != 1 || r < 1 || p < 1 || p > 16 || (long) n * r > (1 << 21)) {
          throw new DecodingException(DecodingError.INVALID_VALUE,
              "keystore.crypto.kdfparams: scrypt n must be a power of two, n*r at most 2^21 and p at most 16");
        }
        return Scrypt.derive(pass, salt, n, r, p, dklen);
      }
      case "pbkdf2": {
        final String prf = text(crypto.path("kdfparams"), "kdfparams.prf");
        if (!prf.equals("hmac-sha256")) {
          throw new DecodingException(DecodingError.UNSUPPORTED_TYPE, "keystore.crypto.kdfparams.prf: " + prf);
        }
        final int c = integer(params, "c", "crypto.kdfparams.c");
        if (c < 1 || c > 10_000_000) {
          throw new DecodingException(DecodingError.INVALID_VALUE, "keystore.crypto.kdfparams.c: out of range");
        }
        final PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
        generator.init(pass, salt, c);
        return ((KeyParameter) generator.generateDerivedParameters(dklen * 8)).getKey();
      }
      default:
        throw new DecodingException(DecodingError.UNSUPPORTED_TYPE, "keystore.crypto.kdf: " + kdf);
    }
  }

  private static byte[] mac(final byte[] derived, final byte[] ciphertext) {
    final byte[] input = new byte[16 + ciphertext.length];
    System.arraycopy(derived, 16, input, 0, 16);
    System.arraycopy(ciphertext, 0, input, 16, ciphertext.length);
    return Keccak256.digest(input);
  }

  private static byte[] aesCtr(final byte[] derived, final byte[] iv, final byte[] input) {
    final org.bouncycastle.crypto.modes.CTRModeCipher cipher = SICBlockCipher.newInstance(AESEngine.newInstance());
    cipher.init(true, new ParametersWithIV(new KeyParameter(Arrays.copyOf(derived, 16)), iv));
    final byte[] out = new byte[input.length];
    cipher.processBytes(input, 0, input.length, out, 0);
    return out;
  }

  private static String text(final JsonNode node, final String path) {
    final String field = path.substring(path.lastIndexOf('.') + 1);
    final JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new DecodingException(DecodingError.INVALID_JSON, "keystore." + path + ": missing or not a string");
    }
    return value.asText();
  }

  private static int integer(final JsonNode node, final String field, final String path) {
    final JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new DecodingException(DecodingError.INVALID_JSON, "keystore." + path + ": missing or not an integer");
    }
    return value.asInt();
  }

  private static byte[] bytes(final JsonNode node, final String field, final String path) {
    final JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new DecodingException(DecodingError.INVALID_JSON, "keystore." + path + ": missing or not a string");
    }
    try {
      return Bytes.fromHexString(prefixed(value.asText())).toArray();
    } catch (IllegalArgumentException e) {
      throw new DecodingException(DecodingError.INVALID_HEX, "keystore." + path + ": " + e.getMessage());
    }
  }

  private static String prefixed(final String hex) {
    return hex.startsWith("0x") ? hex : "0x" + hex;
  }

  private static String hex(final byte[] bytes) {
    return Bytes.wrap(bytes).toUnprefixedHexString();
  }

  private static byte[] random(final int size) {
    final byte[] out = new byte[size];
    RANDOM.nextBytes(out);
    return out;
  }
}
