package io.tributary.core.types;

import io.tributary.core.crypto.Keccak256;
import java.util.Locale;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.DelegatingBytes;

/** A 20-byte account address. */
public final class Address extends DelegatingBytes {
  public static final int SIZE = 20;
  public static final Address ZERO = new Address(Bytes.wrap(new byte[SIZE]));

  private Address(final Bytes bytes) {
    super(bytes);
  }

  public static Address wrap(final Bytes bytes) {
    if (bytes instanceof Address address) {
      return address;
    }
    if (bytes.size() != SIZE) {
      throw new IllegalArgumentException("an address is 20 bytes, got " + bytes.size());
    }
    return new Address(bytes);
  }

  /** Parses hex of exactly 20 bytes; mixed case is accepted without checksum checks (see {@link #isValidChecksum}). */
  public static Address fromHexString(final String hex) {
    return wrap(Bytes.fromHexString(hex));
  }

  /** The address of a public key: the last 20 bytes of keccak256(x || y) of the 64-byte uncompressed key. */
  public static Address fromPublicKey(final Bytes publicKey64) {
    if (publicKey64.size() != 64) {
      throw new IllegalArgumentException("an uncompressed public key without prefix is 64 bytes");
    }
    return wrap(Keccak256.hash(publicKey64).slice(12, SIZE).copy());
  }

  /** A precompile or reserved address whose low bytes are {@code value}, e.g. {@code Address.of(0xA7001)}. */
  public static Address of(final long value) {
    final byte[] out = new byte[SIZE];
    for (int i = 0; i < 8; i++) {
      out[SIZE - 1 - i] = (byte) (value >>> (8 * i));
    }
    return new Address(Bytes.wrap(out));
  }

  /** EIP-55 mixed-case checksum encoding. */
  public String toChecksumString() {
    final String lower = toUnprefixedHexString().toLowerCase(Locale.ROOT);
    final Bytes digest = Keccak256.hash(Bytes.wrap(lower.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    final StringBuilder sb = new StringBuilder("0x");
    for (int i = 0; i < lower.length(); i++) {
      final char c = lower.charAt(i);
      final int nibble = (digest.get(i / 2) >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      sb.append(nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  /** True when {@code hex} is all lower case, all upper case, or a correct EIP-55 checksum. */
  public static boolean isValidChecksum(final String hex) {
    final String body = hex.startsWith("0x") ? hex.substring(2) : hex;
    if (body.equals(body.toLowerCase(Locale.ROOT)) || body.equals(body.toUpperCase(Locale.ROOT))) {
      return true;
    }
    return fromHexString(hex).toChecksumString().substring(2).equals(body);
  }
}
