package io.tributary.state.referencetests;

import io.tributary.core.types.Hash;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * One expected outcome of a case under one fork: the transaction built from the {@code indexes} into the data, gas
 * and value lists (also given signed as {@code txbytes}) leads to state root {@code hash} and logs hash {@code logs};
 * or, when {@code expectException} names why, it is rejected and the state stays as it was.
 */
public record StateTestPost(Hash hash, Hash logs, Indexes indexes, Optional<Bytes> txBytes,
    Optional<String> expectException) {
  /** Which element of the transaction's data, gasLimit and value lists this outcome is for. */
  public record Indexes(int data, int gas, int value) {}
}
