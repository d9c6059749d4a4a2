package io.tributary.rpc.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.tributary.rpc.JsonRpcProcessor;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-RPC over HTTP (POST) and WebSocket (upgrade on any path) on one port, as Ethereum clients expect at
 * {@code http://127.0.0.1:8545}. Calls run on a worker group, never on the I/O threads.
 */
public final class JsonRpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcServer.class);

  private final RpcServerConfig config;
  private final JsonRpcProcessor processor;
  private final HttpContentHandler httpContent;
  private final AtomicInteger openConnections = new AtomicInteger();
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
    workers = new DefaultEventExecutorGroup(Math.max(2, Runtime.getRuntime().availableProcessors()));
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
              LOG.debug("refusing RPC connection from {}: {} connections open", ch.remoteAddress(),
                  config.maxConnections());
              ch.close();
              return;
            }
            ch.closeFuture().addListener(f -> openConnections.decrementAndGet());
            connections.add(ch);
            ch.pipeline()
                .addLast("http", new HttpServerCodec())
                .addLast("aggregate", new HttpObjectAggregator(config.maxRequestBytes()))
                .addLast(workers, "rpc", new HttpRequestHandler(config, processor, httpContent));
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
      io.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
      workers.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
  }
}
