package io.tributary.p2p;

import org.apache.tuweni.bytes.Bytes;

/**
 * Serves one request type, registered with {@code P2pNetwork.registerRequestHandler}. Runs on the network's request
 * thread pool (never a Netty event loop), so it may read storage. Its result is the response payload (one RLP item,
 * within the frame limit). To answer with an error, throw {@link RequestFailedException} with a wire
 * {@link RequestError}; a {@link P2pProtocolException} or {@code DecodingException} answers BAD_REQUEST and
 * penalises the requester; anything else answers INTERNAL_ERROR.
 */
@FunctionalInterface
public interface RequestHandler {
  Bytes handle(NodeId from, Bytes payload);
}
