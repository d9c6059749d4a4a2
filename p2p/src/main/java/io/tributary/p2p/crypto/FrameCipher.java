package io.tributary.p2p.crypto;

import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.P2pProtocolException;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.tuweni.bytes.Bytes32;

/**
 * AES-256-GCM for one direction of a session. A frame on the wire is {@code length(4, big-endian) || ciphertext ||
 * tag(16)} where {@code length} counts ciphertext and tag and is the GCM associated data, so it cannot be altered
 * either. Nonces come from a {@link NonceCounter}: frames must be opened in the order they were sealed, and a replayed,
 * dropped or reordered frame fails authentication.
 *
 * <p>The JDK's AES-GCM (SunJCE) does the work: the JIT compiles it to AES-NI and carry-less multiply instructions, an
 * order of magnitude faster than Bouncy Castle's table-driven AES, which took about 8% of a validator's CPU under
 * transaction load (benchmarks/testnet.md). The bytes on the wire are the same (standard GCM, 96-bit nonce, 128-bit
 * tag).
 */
public final class FrameCipher {
  public static final int HEADER_SIZE = 4;
  public static final int TAG_SIZE = 16;

  private final SecretKeySpec key;
  private final NonceCounter nonces;
  private final Cipher gcm;

  public FrameCipher(final Bytes32 key) {
    this(key, new NonceCounter());
  }

  FrameCipher(final Bytes32 key, final NonceCounter nonces) {
    this.key = new SecretKeySpec(key.toArray(), "AES");
    this.nonces = nonces;
    try {
      this.gcm = Cipher.getInstance("AES/GCM/NoPadding");
    } catch (final GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no AES/GCM/NoPadding", e);
    }
  }

  /** The length header of a frame holding {@code plaintextLength} bytes. */
  public static byte[] header(final int plaintextLength) {
    final int length = plaintextLength + TAG_SIZE;
    return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
  }

  /** Reads a frame header as the unsigned byte count that follows it. */
  public static long readLength(final byte[] header) {
    return ((header[0] & 0xffL) << 24) | ((header[1] & 0xffL) << 16) | ((header[2] & 0xffL) << 8) | (header[3] & 0xffL);
  }

  /** The whole frame: header, ciphertext and tag. */
  public byte[] seal(final byte[] plaintext) {
    final byte[] header = header(plaintext.length);
    final byte[] frame = new byte[HEADER_SIZE + plaintext.length + TAG_SIZE];
    System.arraycopy(header, 0, frame, 0, HEADER_SIZE);
    try {
      gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_SIZE * 8, nonces.next()));
      gcm.updateAAD(header);
      gcm.doFinal(plaintext, 0, plaintext.length, frame, HEADER_SIZE);
    } catch (final GeneralSecurityException e) {
      throw new IllegalStateException("GCM sealing cannot fail", e);
    }
    return frame;
  }

  /** The plaintext of a frame given its header and body (ciphertext and tag); BAD_FRAME when it does not authenticate. */
  public byte[] open(final byte[] header, final byte[] body) {
    if (body.length < TAG_SIZE || readLength(header) != body.length) {
      throw new P2pProtocolException(DisconnectReason.BAD_FRAME, "frame body does not match its header");
    }
    final byte[] plaintext = new byte[body.length - TAG_SIZE];
    try {
      gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_SIZE * 8, nonces.next()));
      gcm.updateAAD(header);
      gcm.doFinal(body, 0, body.length, plaintext, 0);
    } catch (final AEADBadTagException e) {
      throw new P2pProtocolException(DisconnectReason.BAD_FRAME, "frame failed authentication", e);
    } catch (final GeneralSecurityException e) {
      throw new IllegalStateException("GCM opening failed", e);
    }
    return plaintext;
  }

  /** Frames sealed or opened so far. */
  public long frames() {
    return nonces.used();
  }
}
