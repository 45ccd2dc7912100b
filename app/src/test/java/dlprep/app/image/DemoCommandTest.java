package dlprep.app.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.app.CommandLineHarness;
import dlprep.vision.image.Image;
import dlprep.vision.image.ImageFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dlprep image demo}: one image per registered op and an index naming them all. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAnImageForEveryOpAndAnIndex() throws IOException {
        CommandLineHarness r = CommandLineHarness.run("image", "demo", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        String index = Files.readString(dir.resolve("index.md"));
        for (ImageOp op : ImageOps.all()) {
            Path file = dir.resolve(op.name() + ".png");
            assertTrue(Files.isRegularFile(file), op.name());
            assertTrue(index.contains("](" + op.name() + ".png)"), op.name());
        }
        assertTrue(index.contains("`dlprep image match --reference reference.png input.png match.png`"), index);
        // Sizes follow the ops: pyrDown halves the 240x160 input, pyrUp doubles it.
        Image down = ImageFiles.read(dir.resolve("pyrdown.png"));
        assertEquals(120, down.width());
        assertEquals(80, down.height());
        assertEquals(480, ImageFiles.read(dir.resolve("pyrup.png")).width());
        // Gaussian pyramid of 4 levels in a row with 2-pixel gaps: 240 + 2 + 120 + 2 + 60 + 2 + 30 = 456.
        assertEquals(456, ImageFiles.read(dir.resolve("gaussian-pyramid.png")).width());
    }
}
