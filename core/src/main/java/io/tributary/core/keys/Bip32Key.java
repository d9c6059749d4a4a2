package io.tributary.core.keys;

import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithms;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** A BIP-32 extended private key, with hardened and normal child derivation and BIP-44 paths. */
public final class Bip32Key {
  /** The Ethereum account path of BIP-44 without its index: m/44'/60'/0'/0. */
  public static final String ETHEREUM_ACCOUNT_PATH = "m/44'/60'/0'/0";
  private static final int HARDENED = 0x80000000;

  private final Bytes32 privateKey;
  private final Bytes32 chainCode;

  private Bip32Key(final Bytes32 privateKey, final Bytes32 chainCode) {
    this.privateKey = privateKey;
    this.chainCode = chainCode;
  }

  /** The master key of a seed: HMAC-SHA512("Bitcoin seed", seed). */
  public static Bip32Key master(final Bytes seed) {
    final byte[] i = hmacSha512("Bitcoin seed".getBytes(StandardCharsets.US_ASCII), seed.toArrayUnsafe());
    final BigInteger k = new BigInteger(1, Arrays.copyOf(i, 32));
    if (k.signum() == 0 || k.compareTo(Signature.CURVE_ORDER) >= 0) {
      throw new IllegalArgumentException("seed gives an invalid master key; use another seed");
    }
    return new Bip32Key(Bytes32.wrap(Arrays.copyOf(i, 32)), Bytes32.wrap(Arrays.copyOfRange(i, 32, 64)));
  }

  /** The key of the i-th account of a mnemonic's seed at m/44'/60'/0'/0/i, as Hardhat, Anvil and MetaMask derive. */
  public static KeyPair ethereumAccount(final Bytes seed, final int index) {
    return master(seed).derive(ETHEREUM_ACCOUNT_PATH + "/" + index).keyPair();
  }

  /** Follows a path such as {@code m/44'/60'/0'/0/3} (' or h marks hardened steps). */
  public Bip32Key derive(final String path) {
    final String[] steps = path.trim().split("/");
    if (steps.length == 0 || !steps[0].equals("m")) {
      throw new IllegalArgumentException("a derivation path starts with m/, got " + path);
    }
    Bip32Key key = this;
    for (int s = 1; s < steps.length; s++) {
      final String step = steps[s];
      final boolean hardened = step.endsWith("'") || step.endsWith("h") || step.endsWith("H");
      final String digits = hardened ? step.substring(0, step.length() - 1) : step;
      final long index;
      try {
        index = Long.parseLong(digits);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad step \"" + step + "\" in path " + path);
      }
      if (index < 0 || index >= 0x80000000L) {
        throw new IllegalArgumentException("step " + step + " out of range in path " + path);
      }
      key = key.child((int) index | (hardened ? HARDENED : 0));
    }
    return key;
  }

  /** CKDpriv: child {@code index} (hardened when its top bit is set). */
  public Bip32Key child(final int index) {
    final ByteBuffer data = ByteBuffer.allocate(37);
    if ((index & HARDENED) != 0) {
      data.put((byte) 0).put(privateKey.toArrayUnsafe());
    } else {
      data.put(compressedPublicKey().toArrayUnsafe());
    }
    data.putInt(index);
    final byte[] i = hmacSha512(chainCode.toArrayUnsafe(), data.array());
    final BigInteger il = new BigInteger(1, Arrays.copyOf(i, 32));
    final BigInteger k = il.add(privateKey.toUnsignedBigInteger()).mod(Signature.CURVE_ORDER);
    if (il.compareTo(Signature.CURVE_ORDER) >= 0 || k.signum() == 0) {
      return child(index + 1); // BIP-32: proceed with the next index (probability below 2^-127)
    }
    return new Bip32Key(Bytes32.leftPad(Bytes.wrap(k.toByteArray()).trimLeadingZeros()),
        Bytes32.wrap(Arrays.copyOfRange(i, 32, 64)));
  }

  public Bytes32 privateKey() {
    return privateKey;
  }

  public Bytes32 chainCode() {
    return chainCode;
  }

  public KeyPair keyPair() {
    return SignatureAlgorithms.get().createKeyPair(privateKey);
  }

  /** SEC1 compressed public key: 0x02/0x03 by the parity of y, then x. */
  public Bytes compressedPublicKey() {
    final Bytes pub = keyPair().publicKey();
    final boolean odd = (pub.get(63) & 1) == 1;
    return FlatBytes.concat(Bytes.of(odd ? 3 : 2), pub.slice(0, 32));
  }

  @Override
  public String toString() {
    return "Bip32Key[" + keyPair().address().toChecksumString() + "]";
  }

  private static byte[] hmacSha512(final byte[] key, final byte[] data) {
    final HMac mac = new HMac(new SHA512Digest());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    final byte[] out = new byte[64];
    mac.doFinal(out, 0);
    return out;
  }
}
