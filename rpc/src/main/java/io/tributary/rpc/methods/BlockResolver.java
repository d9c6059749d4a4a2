package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.BlockHeader;
import java.util.Optional;

/**
 * Finds the header a block parameter names (a tag, a number or an EIP-1898 object; absent means "latest"). Throws
 * InvalidJsonRpcParameters for a malformed parameter; empty for a block this node does not have.
 */
@FunctionalInterface
public interface BlockResolver {
  Optional<BlockHeader> resolve(Optional<JsonNode> parameter);
}
