package io.tributary.p2p.crypto;

import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.P2pProtocolException;
import org.apache.tuweni.bytes.Bytes32;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-256-GCM for one direction of a session. A frame on the wire is {@code length(4, big-endian) || ciphertext ||
 * tag(16)} where {@code length} counts ciphertext and tag and is the GCM associated data, so it cannot be altered
 * either. Nonces come from a {@link NonceCounter}: frames must be opened in the order they were sealed, and a replayed,
 * dropped or reordered frame fails authentication.
 */
public final class FrameCipher {
  public static final int HEADER_SIZE = 4;
  public static final int TAG_SIZE = 16;

  private final KeyParameter key;
  private final NonceCounter nonces;
  private final GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());

  public FrameCipher(final Bytes32 key) {
    this(key, new NonceCounter());
  }

  FrameCipher(final Bytes32 key, final NonceCounter nonces) {
    this.key = new KeyParameter(key.toArray());
    this.nonces = nonces;
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
    gcm.init(true, new AEADParameters(key, TAG_SIZE * 8, nonces.next(), header));
    final int n = gcm.processBytes(plaintext, 0, plaintext.length, frame, HEADER_SIZE);
    try {
      gcm.doFinal(frame, HEADER_SIZE + n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("GCM sealing cannot fail", e);
    }
    return frame;
  }

  /** The plaintext of a frame given its header and body (ciphertext and tag); BAD_FRAME when it does not authenticate. */
  public byte[] open(final byte[] header, final byte[] body) {
    if (body.length < TAG_SIZE || readLength(header) != body.length) {
      throw new P2pProtocolException(DisconnectReason.BAD_FRAME, "frame body does not match its header");
    }
    gcm.init(false, new AEADParameters(key, TAG_SIZE * 8, nonces.next(), header));
    final byte[] plaintext = new byte[body.length - TAG_SIZE];
    final int n = gcm.processBytes(body, 0, body.length, plaintext, 0);
    try {
      gcm.doFinal(plaintext, n);
    } catch (InvalidCipherTextException e) {
      throw new P2pProtocolException(DisconnectReason.BAD_FRAME, "frame failed authentication", e);
    }
    return plaintext;
  }

  /** Frames sealed or opened so far. */
  public long frames() {
    return nonces.used();
  }
}
