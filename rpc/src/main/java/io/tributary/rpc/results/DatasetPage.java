package io.tributary.rpc.results;

import java.util.List;

/**
 * One page of {@code ai_listDatasets}: how many datasets are registered in all, and up to the asked limit of them
 * from the asked id on, ascending; the next page starts after the last id of this one.
 */
public record DatasetPage(String total, List<DatasetResult> datasets) {}
