package io.tributary.rpc.results;

import io.tributary.state.ai.Dataset;

/**
 * A registered dataset as {@code ai_getDataset} and {@code ai_listDatasets} answer it: numbers as QUANTITYs, hashes
 * and addresses as DATA. What has not happened yet is null: the commitment and {@code sealedAt} before sealing,
 * {@code attributableFrom} (the block after sealing) likewise, {@code deactivatedAt} while it is active.
 */
public record DatasetResult(String id, String owner, String registrant, String name, String metadataUri,
    String contentRoot, String licence, String sketchBits, String sketchBytes, String uploadedBytes,
    String commitment, String shingleCount, String registeredAt, boolean sealed, String sealedAt,
    String attributableFrom, boolean active, String deactivatedAt, String royaltiesPaid, String inferences) {

  public static DatasetResult of(final Dataset d) {
    return new DatasetResult(Quantities.of(d.id()), d.owner().toHexString(), d.registrant().toHexString(), d.name(),
        d.metadataUri(), d.contentRoot().toHexString(), d.licence(), Quantities.of(d.sketchBits()),
        Quantities.of(d.sketchBytes()), Quantities.of(d.uploadedBytes()),
        d.sealed() ? d.commitment().toHexString() : null, Quantities.of(d.shingleCount()),
        Quantities.of(d.registeredAt()), d.sealed(), d.sealed() ? Quantities.of(d.sealedAt()) : null,
        d.sealed() ? Quantities.of(d.sealedAt() + 1) : null, d.active(),
        d.active() ? null : Quantities.of(d.deactivatedAt()), d.royaltiesPaid().toShortHexString(),
        Quantities.of(d.inferences()));
  }
}
