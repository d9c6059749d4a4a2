package io.tributary.node.cli.chain;

import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/** A JSON-RPC error answer ({@code code}, {@code message}, optional {@code data}) or a node that could not be reached. */
public final class RpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final transient Optional<String> data;

  public RpcException(final int code, final String message, final Optional<String> data) {
    super(message);
    this.code = code;
    this.data = data;
  }

  public int code() {
    return code;
  }

  /** The error's {@code data} as bytes when it is hex, as {@code eth_call} and {@code eth_estimateGas} give reverts. */
  public Optional<Bytes> dataBytes() {
    return data.filter(d -> d.startsWith("0x")).flatMap(d -> {
      try {
        return Optional.of(Bytes.fromHexString(d));
      } catch (final IllegalArgumentException e) {
        return Optional.empty();
      }
    });
  }
}
