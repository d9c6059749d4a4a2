package io.tributary.state.storage;

import java.util.Comparator;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.provider.MemoryManager;
import org.lmdbjava.BufferProxy;
import org.lmdbjava.ByteArrayProxy;
import org.lmdbjava.DbiFlags;

/**
 * LmdbJava's {@code byte[]} proxy with the native copy of each key and value kept reachable until the LMDB call that
 * reads it has returned. LmdbJava 0.9.0's {@code ByteArrayProxy.in} copies the array into memory from jnr's
 * {@code allocateDirect} and keeps only its address in the {@code MDB_val}; the {@code Pointer} that owns the memory is
 * garbage at once, and jnr's cleaner may free it while {@code mdb_get} or {@code mdb_put} still reads it (LmdbJava
 * issue 252): a SIGSEGV in {@code mdb_get} (the testnet soak hit one, a pool read on the gossip thread racing block
 * imports), or a key or value written from freed memory. Here each thread keeps its last {@value #KEPT} copies: one
 * LMDB call takes at most a key and a value, and a thread makes one call at a time.
 */
final class PinnedByteArrayProxy extends BufferProxy<byte[]> {
  static final PinnedByteArrayProxy PROXY = new PinnedByteArrayProxy();
  private static final int KEPT = 4;
  private static final MemoryManager MEMORY = Runtime.getSystemRuntime().getMemoryManager();

  /** The last copies a thread handed to LMDB, in a ring. */
  private static final class Pinned {
    final Pointer[] pointers = new Pointer[KEPT];
    int next;

    void keep(final Pointer pointer) {
      pointers[next] = pointer;
      next = (next + 1) % KEPT;
    }
  }

  private static final ThreadLocal<Pinned> PINNED = ThreadLocal.withInitial(Pinned::new);

  private PinnedByteArrayProxy() {}

  @Override
  protected byte[] allocate() {
    return new byte[0];
  }

  @Override
  protected void deallocate(final byte[] buffer) {
    // nothing pooled
  }

  @Override
  protected byte[] getBytes(final byte[] buffer) {
    return buffer;
  }

  @Override
  protected Comparator<byte[]> getComparator(final DbiFlags... flags) {
    return ByteArrayProxy::compareArrays;
  }

  @Override
  protected void in(final byte[] buffer, final Pointer ptr, final long ptrAddr) {
    final Pointer copy = MEMORY.allocateDirect(buffer.length);
    copy.put(0, buffer, 0, buffer.length);
    PINNED.get().keep(copy);
    ptr.putLong(STRUCT_FIELD_OFFSET_SIZE, buffer.length);
    ptr.putAddress(STRUCT_FIELD_OFFSET_DATA, copy.address());
  }

  @Override
  protected void in(final byte[] buffer, final int size, final Pointer ptr, final long ptrAddr) {
    // MDB_RESERVE is not used with byte arrays (as in LmdbJava's proxy)
  }

  @Override
  protected byte[] out(final byte[] buffer, final Pointer ptr, final long ptrAddr) {
    final long address = ptr.getAddress(STRUCT_FIELD_OFFSET_DATA);
    final int size = (int) ptr.getLong(STRUCT_FIELD_OFFSET_SIZE);
    final byte[] value = new byte[size];
    MEMORY.newPointer(address, size).get(0, value, 0, size);
    return value;
  }
}
