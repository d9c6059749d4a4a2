package io.tributary.p2p;

/**
 * The application message types (0x10-0xff) by convention: p2p carries opaque payloads and does not check which
 * range a type is in, but the node keeps its protocols in these ranges so the wire stays readable. See
 * p2p/PROTOCOL.md.
 */
public final class MessageTypes {
  /** 0x10-0x1f: requests answered with a response (range sync: headers, blocks with certificates). */
  public static final int FIRST_REQUEST = 0x10;
  public static final int LAST_REQUEST = 0x1f;
  /** 0x20-0x2f: gossip flooded to every node (transactions, new final blocks). */
  public static final int FIRST_GOSSIP = 0x20;
  public static final int LAST_GOSSIP = 0x2f;
  /** 0x30-0x3f: consensus messages (proposals, prepares, commits, round changes), usually gossiped. */
  public static final int FIRST_CONSENSUS = 0x30;
  public static final int LAST_CONSENSUS = 0x3f;
  /** 0x40-0xff: free for later protocols. */
  public static final int FIRST_FREE = 0x40;
  /** The first and last application type; 0x00-0x0f belong to the session. */
  public static final int FIRST_APPLICATION = 0x10;
  public static final int LAST_APPLICATION = 0xff;

  private MessageTypes() {}

  public static boolean isApplication(final int type) {
    return type >= FIRST_APPLICATION && type <= LAST_APPLICATION;
  }

  public static void requireApplication(final int type) {
    if (!isApplication(type)) {
      throw new IllegalArgumentException("application message types are 0x10-0xff, not 0x" + Integer.toHexString(
          type));
    }
  }
}
