package dlprep.lab.plot;

import java.util.List;

/**
 * A picture an experiment can draw: panels in a grid of {@code columns}, each an x-y plot. It only describes
 * what to draw; {@link FigureRenderer} lays it out on a {@link Canvas} (SVG or a PNG image), so the two file
 * formats share one layout.
 */
public record Figure(String title, int columns, List<Panel> panels) {

    public Figure {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("figure '" + title + "': has no panels; add at least one");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("figure '" + title + "': columns must be at least 1, got " + columns);
        }
        panels = List.copyOf(panels);
    }

    /** The rows of the grid: the panels filled in row by row. */
    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }
}
