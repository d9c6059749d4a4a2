package io.tributary.rpc.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.NonStickyEventExecutorGroup;
import io.netty.util.concurrent.UnorderedThreadPoolEventExecutor;
import io.tributary.core.log.DropLog;
import io.tributary.rpc.JsonRpcProcessor;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * JSON-RPC over HTTP (POST) and WebSocket (upgrade on any path) on one port, as Ethereum clients expect at
 * {@code http://127.0.0.1:8545}. Calls run on a worker pool, never on the I/O threads; each connection's calls run in
 * order, but on any free worker, so a connection busy with a long batch does not hold up the others.
 *
 * <p>Limits ({@link RpcServerConfig}): bodies and WebSocket messages over {@code maxRequestBytes} (413, or a close),
 * batches over {@code maxBatchSize} (-32600), connections over {@code maxConnections} (closed at accept), requests not
 * complete within {@code requestTimeout} (closed); deep JSON is a -32700. What is dropped is logged as one WARN summary
 * per 30 s at most ({@link DropLog}), each item at DEBUG.
 */
public final class JsonRpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcServer.class);

  private final RpcServerConfig config;
  private final JsonRpcProcessor processor;
  private final HttpContentHandler httpContent;
  private final AtomicInteger openConnections = new AtomicInteger();
  private final DropLog drops = new DropLog(LOG, Level.WARN, "JSON-RPC dropped", DropLog.DEFAULT_INTERVAL);
  private EventLoopGroup boss;
  private EventLoopGroup io;
  private EventExecutorGroup workers;
  private final ChannelGroup connections = new DefaultChannelGroup("rpc-connections", GlobalEventExecutor.INSTANCE);
  private Channel channel;

  /**
   * @param httpContent answers plain GET requests (the explorer); {@link HttpContentHandler#NONE} for 404s
   */
  public JsonRpcServer(final RpcServerConfig config, final JsonRpcProcessor processor,
      final HttpContentHandler httpContent) {
    this.config = config;
    this.processor = processor;
    this.httpContent = httpContent;
  }

  /** Binds the port; throws if it is taken. */
  public JsonRpcServer start() throws InterruptedException {
    boss = new NioEventLoopGroup(1);
    io = new NioEventLoopGroup(2);
    workers = new NonStickyEventExecutorGroup(
        new UnorderedThreadPoolEventExecutor(Math.max(2, Runtime.getRuntime().availableProcessors())));
    final ServerBootstrap bootstrap = new ServerBootstrap()
        .group(boss, io)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(final SocketChannel ch) {
            if (openConnections.incrementAndGet() > config.maxConnections()) {
              openConnections.decrementAndGet();
              drops.drop("connections over the limit of " + config.maxConnections(), "connection from "
                  + ch.remoteAddress() + " refused: " + config.maxConnections() + " connections open");
              ch.close();
              return;
            }
            ch.closeFuture().addListener(f -> openConnections.decrementAndGet());
            connections.add(ch);
            final RequestTimeoutHandler timeout = new RequestTimeoutHandler(config.requestTimeout(), drops);
            ch.pipeline()
                .addLast(HttpRequestHandler.BYTES_SEEN, timeout.bytesSeen())
                .addLast("http", new HttpServerCodec())
                .addLast("aggregate", new HttpObjectAggregator(config.maxRequestBytes()) {
                  @Override
                  protected void handleOversizedMessage(final ChannelHandlerContext ctx, final HttpMessage oversized) {
                    // 413 and close, keep-alive or not: the rest of the body is not worth reading.
                    drops.drop("bodies over " + config.maxRequestBytes() + " bytes", "body from "
                        + ctx.channel().remoteAddress() + " over " + config.maxRequestBytes() + " bytes (413)");
                    final FullHttpResponse tooLarge = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                        HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.EMPTY_BUFFER);
                    tooLarge.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 0)
                        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                    ctx.writeAndFlush(tooLarge).addListener(ChannelFutureListener.CLOSE);
                  }
                })
                .addLast(HttpRequestHandler.REQUEST_TIMEOUT, timeout)
                .addLast(workers, "rpc", new HttpRequestHandler(config, processor, httpContent, drops));
          }
        });
    channel = bootstrap.bind(config.host(), config.port()).sync().channel();
    LOG.info("JSON-RPC listening on http://{}:{} (HTTP and WebSocket)", config.host(), port());
    return this;
  }

  /** The bound port (useful when configured with 0). */
  public int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  /** Connections open now. */
  int openConnections() {
    return openConnections.get();
  }

  /** What was dropped since the server started, by reason (as the summary lines word them). */
  public Map<String, Long> dropped() {
    return drops.totals();
  }

  /** Logs the summary of what was dropped since the last one now, rather than at the end of its period. */
  public void logDropped() {
    drops.flush();
  }

  @Override
  public void close() {
    if (channel != null) {
      channel.close().syncUninterruptibly();
      // Close client connections while every executor still runs: their pipelines are torn down across the io
      // loops and the worker executors, and a torn-down executor would reject that work.
      connections.close().awaitUninterruptibly(2, java.util.concurrent.TimeUnit.SECONDS);
    }
    if (boss != null) {
      boss.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
      // A closed channel's teardown hops between its io loop and the workers: the quiet period lets the last hop
      // back in, and the workers stop only after the io loops.
      io.shutdownGracefully(100, 1000, java.util.concurrent.TimeUnit.MILLISECONDS).syncUninterruptibly();
      workers.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
    drops.flush();
  }
}
