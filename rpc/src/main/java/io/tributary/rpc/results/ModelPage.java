package io.tributary.rpc.results;

import java.util.List;

/** One page of {@code ai_listModels}, as {@link DatasetPage} is of datasets. */
public record ModelPage(String total, List<ModelResult> models) {}
