package dlprep.app.algo;

import java.util.List;

/** A named growth benchmark of {@code dlprep algo bench}: what it measures, and its series (usually one, or fast vs naive). */
public record GrowthBenchmark(String name, String description, List<GrowthSeries> series) {
}
