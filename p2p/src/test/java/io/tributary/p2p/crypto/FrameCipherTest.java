package io.tributary.p2p.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.P2pProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class FrameCipherTest {
  private static final Bytes32 KEY = Bytes32.fromHexString("0x" + "5a".repeat(32));
  private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aSealedFrameOpensToItsPlaintextOnTheOtherSide() {
    final FrameCipher sender = new FrameCipher(KEY);
    final FrameCipher receiver = new FrameCipher(KEY);
    for (int i = 0; i < 3; i++) {
      final byte[] frame = sender.seal(HELLO);
      assertThat(frame).hasSize(FrameCipher.HEADER_SIZE + HELLO.length + FrameCipher.TAG_SIZE);
      assertThat(FrameCipher.readLength(frame)).isEqualTo(HELLO.length + FrameCipher.TAG_SIZE);
      assertThat(open(receiver, frame)).isEqualTo(HELLO);
    }
    assertThat(sender.frames()).isEqualTo(3);
  }

  @Test
  void theSamePlaintextSealsDifferentlyEachTimeBecauseTheNonceMovesOn() {
    final FrameCipher sender = new FrameCipher(KEY);
    assertThat(sender.seal(HELLO)).isNotEqualTo(sender.seal(HELLO));
  }

  @Test
  void anyFlippedByteOfAFrameFailsAuthentication() {
    final byte[] frame = new FrameCipher(KEY).seal(HELLO);
    for (int i = 0; i < frame.length; i++) {
      final byte[] tampered = frame.clone();
      tampered[i] ^= 0x01;
      final FrameCipher receiver = new FrameCipher(KEY);
      assertThatThrownBy(() -> open(receiver, tampered)).isInstanceOf(P2pProtocolException.class)
          .extracting(e -> ((P2pProtocolException) e).reason()).isEqualTo(DisconnectReason.BAD_FRAME);
    }
  }

  @Test
  void aReplayedOrReorderedFrameFailsAuthentication() {
    final FrameCipher sender = new FrameCipher(KEY);
    final byte[] first = sender.seal(HELLO);
    final byte[] second = sender.seal(HELLO);
    final FrameCipher replayed = new FrameCipher(KEY);
    assertThat(open(replayed, first)).isEqualTo(HELLO);
    assertThatThrownBy(() -> open(replayed, first)).isInstanceOf(P2pProtocolException.class);
    final FrameCipher reordered = new FrameCipher(KEY);
    assertThatThrownBy(() -> open(reordered, second)).isInstanceOf(P2pProtocolException.class);
  }

  @Test
  void aFrameSealedWithAnotherKeyFailsAuthentication() {
    final byte[] frame = new FrameCipher(Bytes32.fromHexString("0x" + "77".repeat(32))).seal(HELLO);
    assertThatThrownBy(() -> open(new FrameCipher(KEY), frame)).isInstanceOf(P2pProtocolException.class);
  }

  @Test
  void framesAreStandardAesGcmWithTheHeaderAsAssociatedDataAsBouncyCastleComputesThem() throws Exception {
    final FrameCipher sender = new FrameCipher(KEY);
    final NonceCounter nonces = new NonceCounter();
    for (final int size : new int[] {0, 1, 15, 16, 17, 1000, 70_000}) {
      final byte[] plaintext = new byte[size];
      for (int i = 0; i < size; i++) {
        plaintext[i] = (byte) (i * 31 + size);
      }
      final byte[] header = FrameCipher.header(size);
      final org.bouncycastle.crypto.modes.GCMModeCipher gcm = org.bouncycastle.crypto.modes.GCMBlockCipher
          .newInstance(org.bouncycastle.crypto.engines.AESEngine.newInstance());
      gcm.init(true, new org.bouncycastle.crypto.params.AEADParameters(
          new org.bouncycastle.crypto.params.KeyParameter(KEY.toArray()), 128, nonces.next(), header));
      final byte[] expected = new byte[FrameCipher.HEADER_SIZE + size + FrameCipher.TAG_SIZE];
      System.arraycopy(header, 0, expected, 0, FrameCipher.HEADER_SIZE);
      gcm.doFinal(expected, FrameCipher.HEADER_SIZE + gcm.processBytes(plaintext, 0, size, expected,
          FrameCipher.HEADER_SIZE));
      assertThat(sender.seal(plaintext)).isEqualTo(expected);
    }
  }

  private static byte[] open(final FrameCipher cipher, final byte[] frame) {
    return cipher.open(Arrays.copyOf(frame, FrameCipher.HEADER_SIZE),
        Arrays.copyOfRange(frame, FrameCipher.HEADER_SIZE, frame.length));
  }
}
