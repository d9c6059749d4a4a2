package io.tributary.consensus.bft.validation;

import io.tributary.consensus.bft.BftValidators;
import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.consensus.bft.payload.Proposal;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.Block;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import io.tributary.core.validation.ValidationResult;

/**
 * Checks a decoded, authenticated message of the current height: a member of the validator set wrote it; a proposal
 * comes from the round's proposer and offers a child of the head whose extraData round fits the proposal. Whether the
 * block executes is the {@code BlockValidator}'s question, asked before voting for it.
 */
public final class MessageValidator {

  /** Where a message's height falls relative to the height being decided. */
  public enum HeightWindow {
    /** Below the current height: already decided here; ignored. */
    STALE,
    CURRENT,
    /** Within the buffered future heights. */
    FUTURE,
    /** Further ahead than is buffered (only remembered as a sign that this node is behind). */
    FAR_FUTURE
  }

  public static HeightWindow window(final long messageHeight, final long height, final int futureHeights) {
    if (messageHeight < height) {
      return HeightWindow.STALE;
    }
    if (messageHeight == height) {
      return HeightWindow.CURRENT;
    }
    return messageHeight - height <= futureHeights ? HeightWindow.FUTURE : HeightWindow.FAR_FUTURE;
  }

  public ValidationResult<MessageInvalidReason> validate(final BftMessage message, final HeightContext context) {
    if (message.height() != context.height()) {
      throw new IllegalArgumentException("message of height " + message.height() + " checked at "
          + context.height());
    }
    if (!context.validators().contains(message.author())) {
      return ValidationResult.invalid(MessageInvalidReason.NOT_A_VALIDATOR, message.author().toHexString()
          + " is not a validator at height " + context.height());
    }
    if (message.payload() instanceof Proposal proposal) {
      return validateProposal(message.author(), proposal, context);
    }
    return ValidationResult.valid();
  }

  private ValidationResult<MessageInvalidReason> validateProposal(final Address author, final Proposal proposal,
      final HeightContext context) {
    final Address proposer = BftValidators.proposer(context.validators(), proposal.height(), proposal.round());
    if (!author.equals(proposer)) {
      return ValidationResult.invalid(MessageInvalidReason.WRONG_PROPOSER, "round " + proposal.round()
          + " belongs to " + proposer.toHexString() + ", not " + author.toHexString());
    }
    final Block block = proposal.block();
    if (block.number() != context.height() || !block.header().parentHash().equals(context.parent().hash())) {
      return ValidationResult.invalid(MessageInvalidReason.NOT_ON_HEAD, "block " + block.number() + " on "
          + block.header().parentHash().toShortHexString() + " is not a child of head " + context.parent().number()
          + " " + context.parent().hash().toShortHexString());
    }
    final BftExtraData extra;
    try {
      extra = BftExtraData.decode(block.header().extraData());
    } catch (final DecodingException | IllegalArgumentException e) {
      return ValidationResult.invalid(MessageInvalidReason.MALFORMED_EXTRA_DATA, e.getMessage());
    }
    final boolean fits = proposal.validRound() < 0 ? extra.round() == proposal.round()
        : extra.round() <= proposal.validRound();
    if (!fits) {
      return ValidationResult.invalid(MessageInvalidReason.WRONG_BLOCK_ROUND, "block of round " + extra.round()
          + " proposed in round " + proposal.round() + " with valid round " + proposal.validRound());
    }
    return ValidationResult.valid();
  }
}
