package io.tributary.p2p.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.P2pProtocolException;
import io.tributary.p2p.crypto.FrameCipher;
import io.tributary.p2p.wire.MessageCodec;
import java.util.List;

/**
 * Length-prefixed AES-GCM frames to {@link io.tributary.p2p.wire.Message}s. A length above the limit is refused from
 * the header alone (FRAME_TOO_LARGE) so an oversized frame is never buffered; after any error the rest is discarded.
 */
final class FrameDecoder extends ByteToMessageDecoder {
  private final FrameCipher cipher;
  private final int maxFrameSize;
  private boolean failed;

  FrameDecoder(final FrameCipher cipher, final int maxFrameSize) {
    this.cipher = cipher;
    this.maxFrameSize = maxFrameSize;
  }

  @Override
  protected void decode(final ChannelHandlerContext ctx, final ByteBuf in, final List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    if (in.readableBytes() < FrameCipher.HEADER_SIZE) {
      return;
    }
    final long length = in.getUnsignedInt(in.readerIndex());
    if (length > (long) maxFrameSize + FrameCipher.TAG_SIZE) {
      throw fail(in, new P2pProtocolException(DisconnectReason.FRAME_TOO_LARGE, "frame of "
          + (length - FrameCipher.TAG_SIZE) + " bytes, this node accepts at most " + maxFrameSize));
    }
    if (length <= FrameCipher.TAG_SIZE) {
      throw fail(in, new P2pProtocolException(DisconnectReason.BAD_FRAME, "frame of " + length + " bytes is empty"));
    }
    if (in.readableBytes() < FrameCipher.HEADER_SIZE + length) {
      return;
    }
    final byte[] header = new byte[FrameCipher.HEADER_SIZE];
    final byte[] body = new byte[(int) length];
    in.readBytes(header).readBytes(body);
    try {
      out.add(MessageCodec.decode(cipher.open(header, body)));
    } catch (P2pProtocolException e) {
      throw fail(in, e);
    }
  }

  private P2pProtocolException fail(final ByteBuf in, final P2pProtocolException e) {
    failed = true;
    in.skipBytes(in.readableBytes());
    return e;
  }
}
