package dlprep.lab.plot;

import java.util.List;

/** The line segments where a function of two variables equals {@code level}; each segment is {x1, y1, x2, y2}. */
public record Contour(double level, List<double[]> segments) {

    public Contour {
        segments = List.copyOf(segments);
    }
}
