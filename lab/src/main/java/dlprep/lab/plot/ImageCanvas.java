package dlprep.lab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A {@link Canvas} that paints a PNG-ready image with Java2D (headless: no display is needed). */
final class ImageCanvas implements Canvas {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final BufferedImage image;
    private final Graphics2D g;

    ImageCanvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double width, boolean dashed) {
        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < xs.length; k++) {
            if (k == 0) {
                path.moveTo(xs[k], ys[k]);
            } else {
                path.lineTo(xs[k], ys[k]);
            }
        }
        g.setColor(new Color(rgb));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {6, 4}, 0) : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    @Override
    public void segments(double[] coords, int rgb, double width) {
        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < coords.length; k += 4) {
            path.moveTo(coords[k], coords[k + 1]);
            path.lineTo(coords[k + 2], coords[k + 3]);
        }
        g.setColor(new Color(rgb));
        g.setStroke(new BasicStroke((float) width));
        g.draw(path);
    }

    @Override
    public void circle(double x, double y, double radius, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void rectangle(double x, double y, double width, double height, int rgb) {
        g.setColor(new Color(rgb));
        g.setStroke(new BasicStroke(1));
        g.draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, boolean vertical) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(size)));
        double w = g.getFontMetrics().stringWidth(text);
        double shift = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (vertical) {
            g.rotate(-Math.PI / 2);
        }
        g.drawString(text, (float) shift, 0f);
        g.setTransform(saved);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.setClip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void unclip() {
        g.setClip(null);
    }

    BufferedImage image() {
        g.dispose();
        return image;
    }
}
