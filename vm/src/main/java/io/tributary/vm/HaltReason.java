package io.tributary.vm;

/**
 * Why a frame stopped exceptionally: every case consumes the frame's gas and reverts its changes. A value, not an
 * exception (consensus path). {@link #NONE} is what an operation answers when execution goes on.
 */
public enum HaltReason {
  NONE("none"),
  OUT_OF_GAS("out of gas"),
  STACK_UNDERFLOW("stack underflow"),
  STACK_OVERFLOW("stack limit reached 1024"),
  INVALID_OPCODE("invalid opcode"),
  INVALID_JUMP_DESTINATION("invalid jump destination"),
  STATIC_STATE_CHANGE("write protection"),
  RETURN_DATA_OUT_OF_BOUNDS("return data out of bounds"),
  CODE_SIZE_EXCEEDED("max code size exceeded"),
  INVALID_CODE_PREFIX("invalid code: must not begin with 0xef"),
  INITCODE_SIZE_EXCEEDED("max initcode size exceeded"),
  CONTRACT_ADDRESS_COLLISION("contract address collision"),
  PRECOMPILE_FAILURE("precompile failed"),
  /** A limit no real transaction reaches (a nonce of 2^64 - 1, a gas counter past 2^63). */
  LIMIT_EXCEEDED("limit exceeded");

  private final String description;

  HaltReason(final String description) {
    this.description = description;
  }

  /** geth's wording, as traces and eth_call errors show it. */
  public String description() {
    return description;
  }
}
