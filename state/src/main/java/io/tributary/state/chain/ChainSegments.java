package io.tributary.state.chain;

import io.tributary.state.storage.Segment;

/** Where chain data lives in storage; key layouts are documented in state/STORAGE.md. */
final class ChainSegments {
  static final Segment HEADERS = new Segment("block_headers");
  static final Segment BODIES = new Segment("block_bodies");
  static final Segment RECEIPTS = new Segment("block_receipts");
  static final Segment CANONICAL = new Segment("canonical");
  static final Segment TX_LOCATIONS = new Segment("tx_locations");
  static final Segment LOGS_BY_ADDRESS = new Segment("logs_by_address");
  static final Segment LOGS_BY_TOPIC = new Segment("logs_by_topic");
  static final Segment CERTIFICATES = new Segment("commit_certificates");
  static final Segment CHAIN_META = new Segment("chain_meta");

  private ChainSegments() {}
}
