package io.tributary.rpc.results;

import java.util.List;

/**
 * One page of {@code gov_listProposals}: how many proposals were submitted in all, and up to the asked limit of them
 * from the asked id on, ascending.
 */
public record ProposalPage(String total, List<ProposalResult> proposals) {}
