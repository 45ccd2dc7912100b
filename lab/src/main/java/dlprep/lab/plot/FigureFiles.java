package dlprep.lab.plot;

import dlprep.engine.io.AtomicFiles;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Renders a {@link Figure} as SVG text or a PNG image, and writes either to a file atomically. */
public final class FigureFiles {

    private FigureFiles() {
    }

    /** The figure as an SVG document. */
    public static String svg(Figure f) {
        SvgCanvas c = new SvgCanvas(FigureRenderer.width(f), FigureRenderer.height(f));
        FigureRenderer.draw(f, c);
        return c.document();
    }

    /** The figure painted on an image of its size. */
    public static java.awt.image.BufferedImage image(Figure f) {
        ImageCanvas c = new ImageCanvas(FigureRenderer.width(f), FigureRenderer.height(f));
        FigureRenderer.draw(f, c);
        return c.image();
    }

    /**
     * Writes the figure to {@code file}, SVG or PNG by its extension (a temporary file renamed over the target, so
     * the file is never seen half written).
     */
    public static void write(Figure f, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            byte[] bytes = svg(f).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, out -> out.write(bytes));
        } else if (name.endsWith(".png")) {
            java.awt.image.BufferedImage image = image(f);
            AtomicFiles.write(file, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer in this JDK's ImageIO");
                }
            });
        } else {
            throw new IllegalArgumentException("--plot: cannot tell the format of '" + file + "'; name the file *.svg or *.png");
        }
    }
}
