package dlprep.lab.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureFilesTest {

    @TempDir
    Path dir;

    /** Two panels side by side: a line with markers over a contour, and a diverging series that leaves the frame. */
    private static Figure figure() {
        Panel.Range r = new Panel.Range(-2, 2);
        Panel contour = new Panel("path <over> contour", "x1", "x2", r, r,
                List.of(Series.path("path", new double[][] {{-1, -1}, {0, 0.5}, {1, 0}}, Series.Style.LINE_AND_MARKERS)),
                MarchingSquares.contours((x, y) -> x * x + y * y, r, r, 20, 20, 1, 2));
        Panel curve = Panel.fitting("loss & epoch", "epoch", "loss",
                List.of(new Series("loss", new double[] {0, 1, 2}, new double[] {1, 1e300, Double.NaN}, Series.Style.LINE)));
        return new Figure("a test figure", 2, List.of(contour, curve));
    }

    @Test
    void svgIsWellFormedWithEscapedTextAndOnePathPerContourLevel() throws Exception {
        String svg = FigureFiles.svg(figure());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("800", doc.getDocumentElement().getAttribute("width")); // two panels of 400
        assertEquals("330", doc.getDocumentElement().getAttribute("height")); // the 30 px title and one row of 300
        assertEquals(2, doc.getElementsByTagName("path").getLength(), "levels 1 and 2");
        assertTrue(svg.contains("path &lt;over&gt; contour") && svg.contains("loss &amp; epoch"), svg);
        // the path: 3 markers; its polyline has the three points
        assertEquals(3, doc.getElementsByTagName("circle").getLength());
    }

    @Test
    void pngAndSvgAreWrittenByExtensionLeavingNoTemporaryFile() throws Exception {
        Path png = dir.resolve("out.png");
        FigureFiles.write(figure(), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(330, image.getHeight());
        boolean coloured = false;
        for (int x = 0; x < image.getWidth() && !coloured; x++) {
            for (int y = 0; y < image.getHeight() && !coloured; y++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                coloured = rgb == 0x1f77b4; // the first series' blue
            }
        }
        assertTrue(coloured, "the path is drawn in the palette's first colour");
        FigureFiles.write(figure(), dir.resolve("out.svg"));
        assertTrue(Files.readString(dir.resolve("out.svg")).startsWith("<svg"));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the two figures, no temporary files");
        }
        var e = assertThrows(IllegalArgumentException.class, () -> FigureFiles.write(figure(), dir.resolve("out.jpg")));
        assertTrue(e.getMessage().contains("*.svg or *.png"), e.getMessage());
    }

    @Test
    void ticksAreRoundNumbersInsideTheRange() {
        // span 6.5 / 5 = 1.3 rounds to a step of 1: -5, -4, ..., 1
        assertEquals(List.of(-5.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0), FigureRenderer.ticks(new Panel.Range(-5.5, 1)));
        // span 0.5 / 5 = 0.1: labels with one decimal
        assertEquals("0.3", FigureRenderer.label(0.30000000000000004, new Panel.Range(0, 0.5)));
    }
}
