package io.tributary.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.P2pProtocolException;
import io.tributary.p2p.crypto.FrameCipher;
import io.tributary.p2p.wire.Message;
import io.tributary.p2p.wire.MessageCodec;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing (Jazzer) of the encrypted session's receiving end, {@link FrameDecoder} in a Netty
 * channel. The input is a script of chunks ({@code op, length, bytes}): an even op seals its bytes as the next frame
 * with the session's key, an odd one puts them on the wire as they are (forged headers, garbage, truncation). The
 * wire arrives in pieces of the sizes the script's last byte picks. Whatever it is, the decoder fails only with a
 * {@link P2pProtocolException} for a frame or message reason and then stays quiet; when every chunk was a sealed,
 * well-formed message no larger than the limit, exactly those messages come out, in order.
 */
class FrameDecoderFuzzTest {
  private static final Bytes32 KEY = Bytes32.fromHexString("0x" + "5a".repeat(32));
  private static final int MAX_FRAME = 1024;
  private static final Set<DisconnectReason> REASONS = Set.of(DisconnectReason.FRAME_TOO_LARGE,
      DisconnectReason.BAD_FRAME, DisconnectReason.BAD_MESSAGE);

  @MethodSource("seeds")
  @FuzzTest
  void onlyFrameAndMessageErrorsEscapeAndHonestFramesArriveIntact(final byte[] script) {
    final FrameCipher sender = new FrameCipher(KEY);
    final ByteArrayOutputStream wire = new ByteArrayOutputStream();
    final List<Message> expected = new ArrayList<>();
    boolean honest = true;
    int at = 0;
    while (at + 2 <= script.length) {
      final int op = script[at] & 0xff;
      final int length = Math.min(script[at + 1] & 0xff, script.length - at - 2);
      final byte[] bytes = Arrays.copyOfRange(script, at + 2, at + 2 + length);
      at += 2 + length;
      if ((op & 1) == 0) {
        wire.writeBytes(sender.seal(bytes));
        honest &= decodes(bytes).map(expected::add).isPresent();
      } else {
        wire.writeBytes(bytes);
        honest = false;
      }
    }
    final int piece = script.length == 0 ? 1 : 1 + (script[script.length - 1] & 0x3f);
    final EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(new FrameCipher(KEY), MAX_FRAME));
    final byte[] bytes = wire.toByteArray();
    boolean failed = false;
    for (int from = 0; from < bytes.length; from += piece) {
      try {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes, from, Math.min(piece, bytes.length - from)));
      } catch (DecoderException e) {
        assertThat(e.getCause()).isInstanceOf(P2pProtocolException.class);
        assertThat(((P2pProtocolException) e.getCause()).reason()).isIn(REASONS);
        assertThat(failed).as("a second error after the first").isFalse();
        failed = true;
      }
    }
    final List<Message> received = new ArrayList<>();
    for (Object m = channel.readInbound(); m != null; m = channel.readInbound()) {
      received.add((Message) m);
    }
    if (honest) {
      assertThat(failed).isFalse();
      assertThat(received).isEqualTo(expected);
    } else {
      assertThat(received).isEqualTo(expected.subList(0, Math.min(received.size(), expected.size())));
    }
    channel.finishAndReleaseAll();
  }

  private static java.util.Optional<Message> decodes(final byte[] plaintext) {
    if (plaintext.length == 0 || plaintext.length > MAX_FRAME) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(MessageCodec.decode(plaintext));
    } catch (P2pProtocolException e) {
      return java.util.Optional.empty();
    }
  }

  static Stream<byte[]> seeds() {
    final byte[] ping = MessageCodec.encode(new Message.Ping());
    final byte[] app = MessageCodec.encode(new Message.App(0x20, org.apache.tuweni.bytes.Bytes.of(0x83, 1, 2, 3)));
    final ByteArrayOutputStream two = new ByteArrayOutputStream();
    two.write(0);
    two.write(ping.length);
    two.writeBytes(ping);
    two.write(2);
    two.write(app.length);
    two.writeBytes(app);
    two.write(7);
    final byte[] forged = {1, 4, 0, 0, 0x10, 0, 5};
    return Stream.of(two.toByteArray(), forged);
  }
}
