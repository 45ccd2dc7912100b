package dlprep.lab.plot;

/**
 * What {@link FigureRenderer} draws with, in pixels from the top left: the few primitives a chart needs.
 * {@link SvgCanvas} writes them as SVG elements, {@link ImageCanvas} paints them with Java2D.
 */
interface Canvas {

    enum Anchor { START, MIDDLE, END }

    /** A polyline through (xs[k], ys[k]), {@code rgb} as 0xRRGGBB. */
    void polyline(double[] xs, double[] ys, int rgb, double width, boolean dashed);

    /** Separate line segments, {@code coords} holding x1, y1, x2, y2 of each in turn (contour lines). */
    void segments(double[] coords, int rgb, double width);

    void circle(double x, double y, double radius, int rgb);

    void rectangle(double x, double y, double width, double height, int rgb);

    /** Text with its baseline at y; {@code vertical} turns it a quarter left (for a y-axis label). */
    void text(double x, double y, String text, double size, Anchor anchor, boolean vertical);

    /** Clips what follows to the rectangle, until {@link #unclip()}. */
    void clip(double x, double y, double width, double height);

    void unclip();
}
