package io.tributary.p2p.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.tributary.p2p.P2pProtocolException;
import io.tributary.p2p.crypto.FrameCipher;
import io.tributary.p2p.crypto.Handshake;
import io.tributary.p2p.crypto.HandshakeMessage;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * Runs the {@link Handshake} over the first {@link HandshakeMessage#SIZE} bytes each way, then puts the frame codec in
 * its place (bytes that came after the handshake message go on to it) and fires {@link HandshakeCompleted}.
 */
final class HandshakeHandler extends ByteToMessageDecoder {
  private final Handshake handshake;
  private final int maxFrameSize;
  private boolean failed;

  HandshakeHandler(final Handshake handshake, final int maxFrameSize) {
    this.handshake = handshake;
    this.maxFrameSize = maxFrameSize;
  }

  @Override
  public void channelActive(final ChannelHandlerContext ctx) throws Exception {
    if (handshake.isInitiator()) {
      ctx.writeAndFlush(Unpooled.wrappedBuffer(handshake.auth().toArrayUnsafe()));
    }
    super.channelActive(ctx);
  }

  @Override
  protected void decode(final ChannelHandlerContext ctx, final ByteBuf in, final List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    if (in.readableBytes() < HandshakeMessage.SIZE) {
      return;
    }
    final byte[] message = new byte[HandshakeMessage.SIZE];
    in.readBytes(message);
    final Handshake.Result result;
    try {
      if (handshake.isInitiator()) {
        result = handshake.complete(Bytes.wrap(message));
      } else {
        final Bytes ack = handshake.respond(Bytes.wrap(message));
        ctx.writeAndFlush(Unpooled.wrappedBuffer(ack.toArrayUnsafe()));
        result = handshake.result();
      }
    } catch (P2pProtocolException e) {
      failed = true;
      in.skipBytes(in.readableBytes());
      throw e;
    }
    ctx.pipeline().addAfter(ctx.name(), "frame-decoder",
        new FrameDecoder(new FrameCipher(result.keys().ingress()), maxFrameSize));
    ctx.pipeline().addAfter(ctx.name(), "frame-encoder",
        new FrameEncoder(new FrameCipher(result.keys().egress()), maxFrameSize));
    ctx.fireUserEventTriggered(new HandshakeCompleted(result.remoteId()));
    ctx.pipeline().remove(this);
  }
}
