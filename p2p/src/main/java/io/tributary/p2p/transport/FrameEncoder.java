package io.tributary.p2p.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import io.tributary.p2p.crypto.FrameCipher;
import io.tributary.p2p.wire.Message;
import io.tributary.p2p.wire.MessageCodec;

/** {@link Message}s to sealed frames, each with the next nonce of this direction. */
final class FrameEncoder extends MessageToByteEncoder<Object> {
  private final FrameCipher cipher;
  private final int maxFrameSize;

  FrameEncoder(final FrameCipher cipher, final int maxFrameSize) {
    this.cipher = cipher;
    this.maxFrameSize = maxFrameSize;
  }

  @Override
  public boolean acceptOutboundMessage(final Object msg) {
    return msg instanceof Message || msg instanceof RawPlaintext;
  }

  @Override
  protected void encode(final ChannelHandlerContext ctx, final Object msg, final ByteBuf out) {
    final byte[] plaintext = msg instanceof RawPlaintext raw ? raw.plaintext() : MessageCodec.encode((Message) msg);
    if (plaintext.length > maxFrameSize) {
      throw new IllegalArgumentException("message of " + plaintext.length + " bytes is above the frame limit "
          + maxFrameSize);
    }
    out.writeBytes(cipher.seal(plaintext));
  }
}
