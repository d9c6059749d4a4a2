package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.poa.AttributionParams;
import io.tributary.poa.Shingles;
import io.tributary.poa.WordHasher;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.AttributeResult;
import io.tributary.rpc.results.Quantities;
import io.tributary.state.ai.AiModules;
import io.tributary.state.ai.AiReader;
import io.tributary.state.ai.Claim;
import io.tributary.state.ai.InferenceInput;
import io.tributary.state.ai.Model;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.vm.EvmWorld;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * {@code ai_attribute({model, words | text, claims?}, block)}: a dry run of attribution, computed by this node's
 * engine on the state after the block as the next block would see it (the datasets attributable then, the next
 * block's parameters). Answers the hits of every candidate with at least one, so a client can build the claims of a
 * recordInference before sending it. {@code text} is normalised and hashed as the CLI does (poa-engine SPEC.md
 * section 1); {@code words} are the hashes themselves. With {@code claims}, it also answers whether they would be
 * accepted and, if not, why, in the module's words. Nothing is recorded or paid.
 */
public final class AiAttribute implements JsonRpcMethod {
  private static final Set<String> FIELDS = Set.of("model", "words", "text", "claims");

  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;
  private final ProtocolSchedule schedule;

  public AiAttribute(final BlockchainQueries queries, final WorldStateArchive worldState,
      final ProtocolSchedule schedule) {
    this.queries = queries;
    this.worldState = worldState;
    this.schedule = schedule;
  }

  @Override
  public String name() {
    return "ai_attribute";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final JsonNode node = AiArguments.object(request.parameters().required(0, "attribution request"), "params[0]",
        FIELDS);
    final long modelId = AiArguments.uint64(AiArguments.field(node, "model").orElseThrow(
        () -> new InvalidJsonRpcParameters("missing model at params[0]")), "model at params[0]");
    final Optional<JsonNode> wordsNode = AiArguments.field(node, "words");
    final Optional<JsonNode> textNode = AiArguments.field(node, "text");
    if (wordsNode.isPresent() == textNode.isPresent()) {
      throw new InvalidJsonRpcParameters("invalid params[0]: give either words (hex uint64 word hashes) or text,"
          + " not " + (wordsNode.isPresent() ? "both" : "neither"));
    }
    final long[] words;
    if (wordsNode.isPresent()) {
      words = AiArguments.words(wordsNode.get(), "words at params[0]");
    } else {
      if (!textNode.get().isTextual()) {
        throw new InvalidJsonRpcParameters("invalid text at params[0]: expected a string");
      }
      words = WordHasher.hashText(textNode.get().textValue());
    }
    if (words.length == 0) {
      throw new InvalidJsonRpcParameters("no words at params[0]: an inference carries at least one word hash");
    }
    final Optional<List<Claim>> claims = AiArguments.field(node, "claims")
        .map(n -> AiArguments.claims(n, "claims at params[0]"));
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return AiReads.answer(queries, worldState, block, (header, world) -> {
      final long number = header.number() + 1;
      final AiModules ai = schedule.specAt(number).ai();
      if (!ai.isEnabled()) {
        return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, "the AI modules are not enabled in block " + number);
      }
      return JsonRpcResponse.success(attribute(ai, world, number, modelId, words, claims));
    });
  }

  private static AttributeResult attribute(final AiModules ai, final EvmWorld world, final long number,
      final long modelId, final long[] words, final Optional<List<Claim>> claims) {
    // Governance may have changed minHits and maxWords: the values in force are in the state, not the spec.
    final AttributionParams params = ai.paramsAt(world, number).attribution();
    if (words.length > params.maxWords()) {
      throw new InvalidJsonRpcParameters("too many words at params[0]: " + words.length + " word hashes, at most "
          + params.maxWords() + " per inference");
    }
    final AiReader reader = new AiReader(world);
    final Model model = reader.model(modelId).orElseThrow(() -> new InvalidJsonRpcParameters(
        "unknown model at params[0]: model " + Long.toUnsignedString(modelId) + " is not registered"));
    if (!model.active()) {
      throw new InvalidJsonRpcParameters("inactive model at params[0]: model " + modelId + " is deactivated");
    }
    final long[] candidates = Arrays.stream(model.candidates())
        .filter(id -> reader.dataset(id).map(d -> d.attributableAt(number)).orElse(false)).toArray();
    final List<Claim> computed = ai.compute(world, number, modelId, words).orElseThrow(
        () -> new IllegalStateException("model " + modelId + " checked active, yet nothing was computed"));
    final List<AttributeResult.ClaimResult> results = computed.stream()
        .map(c -> new AttributeResult.ClaimResult(Quantities.of(c.datasetId()), Quantities.of(c.hits()),
            c.hits() >= params.minHits()))
        .toList();
    Boolean matches = null;
    String mismatch = null;
    if (claims.isPresent()) {
      final Optional<String> problem = claimProblem(claims.get(), model, candidates).or(() -> ai.mismatch(world,
          number, new InferenceInput(modelId, Bytes32.ZERO, words, claims.get(), UInt256.ZERO)));
      matches = problem.isEmpty();
      mismatch = problem.orElse(null);
    }
    return new AttributeResult(Quantities.of(modelId), Arrays.stream(candidates).mapToObj(Quantities::of).toList(),
        results, Quantities.of(words.length), Quantities.of(Shingles.distinct(words, params.shingleWords()).length),
        ai.service().engine().name(), matches, mismatch);
  }

  /**
   * What the Attribution module would revert before comparing hits, named as it names it: claims out of order or
   * repeated, a zero hit count, a dataset the model is not attributed against or one not attributable in the block.
   */
  private static Optional<String> claimProblem(final List<Claim> claims, final Model model,
      final long[] attributable) {
    for (int i = 0; i < claims.size(); i++) {
      final Claim claim = claims.get(i);
      if (i > 0) {
        final long previous = claims.get(i - 1).datasetId();
        if (claim.datasetId() == previous) {
          return Optional.of("DuplicateClaim: dataset " + claim.datasetId() + " is claimed twice");
        }
        if (Long.compareUnsigned(claim.datasetId(), previous) < 0) {
          return Optional.of("ClaimsOutOfOrder: claims must be in ascending dataset order; "
              + Long.toUnsignedString(claim.datasetId()) + " follows " + previous);
        }
      }
      if (claim.hits() <= 0) { // as the module reads a uint32 above 2^31 - 1
        return Optional.of("ZeroHitClaim: a claim names a dataset with at least one hit; dataset "
            + claim.datasetId() + " claims " + Integer.toUnsignedString(claim.hits()));
      }
      if (Arrays.stream(model.candidates()).noneMatch(id -> id == claim.datasetId())) {
        return Optional.of("ForeignDataset: dataset " + Long.toUnsignedString(claim.datasetId())
            + " is not among model " + model.id() + "'s training datasets or its lineage's");
      }
      if (Arrays.stream(attributable).noneMatch(id -> id == claim.datasetId())) {
        return Optional.of("DatasetNotAttributable: dataset " + claim.datasetId()
            + " is not sealed before this block, or was deactivated");
      }
    }
    return Optional.empty();
  }
}
