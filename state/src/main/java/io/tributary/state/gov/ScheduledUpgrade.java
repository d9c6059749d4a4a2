package io.tributary.state.gov;

/**
 * A protocol upgrade a passed UPGRADE proposal scheduled: from block {@code height} on, the chain follows the rules
 * named {@code name}. A node whose release knows the name adds them to its fork schedule; one that does not halts
 * before that block.
 *
 * @param proposal the id of the proposal that scheduled it
 */
public record ScheduledUpgrade(String name, long height, long proposal) {}
