package io.tributary.node.cli.dataset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it, for the progress bar. */
final class CountingInputStream extends FilterInputStream {
  private long count;

  CountingInputStream(final InputStream in, final long start) {
    super(in);
    this.count = start;
  }

  @Override
  public int read() throws IOException {
    final int b = super.read();
    if (b >= 0) {
      count++;
    }
    return b;
  }

  @Override
  public int read(final byte[] buffer, final int offset, final int length) throws IOException {
    final int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  long count() {
    return count;
  }
}
