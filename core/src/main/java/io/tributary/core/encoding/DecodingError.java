package io.tributary.core.encoding;

/** Classes of malformed input, shared by every decoder so callers and tests can match on them. */
public enum DecodingError {
  EMPTY_INPUT("empty input"),
  TRUNCATED("truncated input"),
  TRAILING_BYTES("trailing bytes after the value"),
  NON_CANONICAL_LENGTH("non-canonical RLP length"),
  NON_CANONICAL_INTEGER("non-canonical integer (leading zero bytes)"),
  INTEGER_TOO_LARGE("integer too large"),
  EXPECTED_LIST("expected an RLP list"),
  EXPECTED_STRING("expected an RLP string"),
  WRONG_FIELD_COUNT("wrong number of fields"),
  WRONG_FIELD_SIZE("field has the wrong size"),
  UNSUPPORTED_TYPE("unsupported type"),
  WRONG_CHAIN_ID("wrong chain id"),
  INVALID_SIGNATURE("invalid signature"),
  HIGH_S_SIGNATURE("signature s value is above secp256k1n/2 (EIP-2)"),
  INVALID_VALUE("invalid value"),
  INVALID_JSON("invalid JSON"),
  INVALID_HEX("invalid hex"),
  WRONG_PASSWORD("wrong password (MAC mismatch)");

  private final String description;

  DecodingError(final String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
