package io.tributary.vm;

/** How a frame was entered; a transaction's first message is a {@link #CALL} or a {@link #CREATE}. */
public enum MessageKind {
  CALL,
  CALLCODE,
  DELEGATECALL,
  STATICCALL,
  CREATE,
  CREATE2;

  public boolean isCreation() {
    return this == CREATE || this == CREATE2;
  }
}
