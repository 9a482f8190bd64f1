package io.corroborate.model;

import java.util.List;

/**
 * The solved recording window of one item, the clues that bind its earliest and latest bound, and
 * whether all of the item's clues could hold together.
 */
public record ItemWindow(String item, TimeWindow window, List<String> earliestBoundBy, List<String> latestBoundBy, boolean consistent) {
    public ItemWindow {
        Text.requireText(item, "window item");
        window = window == null ? TimeWindow.UNBOUNDED : window;
        earliestBoundBy = Text.list(earliestBoundBy);
        latestBoundBy = Text.list(latestBoundBy);
    }
}
