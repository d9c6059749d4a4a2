package io.tributary.p2p.transport;

/** Test hook: a frame plaintext sealed and sent as is, bypassing the message codec (for malformed-message tests). */
record RawPlaintext(byte[] plaintext) {}
