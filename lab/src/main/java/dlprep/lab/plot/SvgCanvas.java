package dlprep.lab.plot;

import java.util.Locale;

/** A {@link Canvas} that writes an SVG document; pixel coordinates with two decimals. */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder();
    private int clips;
    private boolean clipped;

    SvgCanvas(int width, int height) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>\n", width, height, width, height));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double width, boolean dashed) {
        svg.append("<polyline fill=\"none\" stroke=\"").append(color(rgb)).append("\" stroke-width=\"")
                .append(num(width)).append('"').append(dashed ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"");
        for (int k = 0; k < xs.length; k++) {
            svg.append(k == 0 ? "" : " ").append(num(xs[k])).append(',').append(num(ys[k]));
        }
        svg.append("\"/>\n");
    }

    @Override
    public void segments(double[] coords, int rgb, double width) {
        svg.append("<path fill=\"none\" stroke=\"").append(color(rgb)).append("\" stroke-width=\"").append(num(width))
                .append("\" d=\"");
        for (int k = 0; k < coords.length; k += 4) {
            svg.append(k == 0 ? "M" : " M").append(num(coords[k])).append(',').append(num(coords[k + 1])).append(" L")
                    .append(num(coords[k + 2])).append(',').append(num(coords[k + 3]));
        }
        svg.append("\"/>\n");
    }

    @Override
    public void circle(double x, double y, double radius, int rgb) {
        svg.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"").append(num(radius))
                .append("\" fill=\"").append(color(rgb)).append("\"/>\n");
    }

    @Override
    public void rectangle(double x, double y, double width, double height, int rgb) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" fill=\"none\" stroke=\"").append(color(rgb))
                .append("\"/>\n");
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, boolean vertical) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size))
                .append("\" text-anchor=\"").append(anchor == Anchor.START ? "start" : anchor == Anchor.MIDDLE ? "middle" : "end")
                .append('"');
        if (vertical) {
            svg.append(" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y)).append(")\"");
        }
        svg.append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        unclip();
        clips++;
        svg.append("<clipPath id=\"clip").append(clips).append("\"><rect x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\"/></clipPath>\n<g clip-path=\"url(#clip").append(clips).append(")\">\n");
        clipped = true;
    }

    @Override
    public void unclip() {
        if (clipped) {
            svg.append("</g>\n");
            clipped = false;
        }
    }

    /** The finished document. */
    String document() {
        unclip();
        return svg + "</svg>\n";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String color(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
