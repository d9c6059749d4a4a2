package io.tributary.vm.code;

import io.tributary.core.types.Hash;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.tuweni.bytes.Bytes;

/**
 * Analysed code by code hash, least recently used first out. Thread-safe (eth_call runs beside block processing);
 * what it holds never changes a result, only how fast it comes.
 */
public final class CodeCache {
  private final Map<Hash, Code> entries;

  public CodeCache(final int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(final Map.Entry<Hash, Code> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The analysis of the code with hash {@code codeHash}, fetching the bytes only on a miss. */
  public Code get(final Hash codeHash, final Supplier<Bytes> code) {
    synchronized (entries) {
      final Code cached = entries.get(codeHash);
      if (cached != null) {
        return cached;
      }
    }
    final Code analysed = Code.analyse(code.get());
    synchronized (entries) {
      entries.put(codeHash, analysed);
    }
    return analysed;
  }

  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
