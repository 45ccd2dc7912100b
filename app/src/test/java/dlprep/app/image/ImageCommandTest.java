package dlprep.app.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.app.CommandLineHarness;
import dlprep.vision.image.Image;
import dlprep.vision.image.ImageFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dlprep image <op> ...} and {@code dlprep image list}. */
class ImageCommandTest {

    @TempDir
    Path dir;

    private Path impulse() throws IOException {
        int[][] rows = new int[5][5];
        rows[2][2] = 160;
        Path in = dir.resolve("in.png");
        ImageFiles.write(Image.gray(rows), in);
        return in;
    }

    @Test
    void appliesAnOpWithItsOptionsAndWritesTheResult() throws IOException {
        Path in = impulse();
        Path out = dir.resolve("out.png");
        CommandLineHarness r = CommandLineHarness.run("image", "gaussian", "--ksize", "3", "--sigma", "0",
                in.toString(), out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("gaussian: "), r.out());
        // [1 2 1]/4 x [1 2 1]/4 on a 160 impulse: 10 20 10 / 20 40 20 / 10 20 10 around the centre.
        Image blurred = ImageFiles.read(out);
        assertArrayEquals(new float[] {10, 20, 10}, new float[] {blurred.get(0, 1, 1), blurred.get(0, 2, 1), blurred.get(0, 3, 1)});
        assertEquals(40f, blurred.get(0, 2, 2));
    }

    @Test
    void optionsMayFollowTheFileNames() throws IOException {
        Path in = impulse();
        Path out = dir.resolve("out.png");
        CommandLineHarness r = CommandLineHarness.run("image", "box", in.toString(), out.toString(), "--ksize=1");
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(ImageFiles.read(in).data(), ImageFiles.read(out).data());
    }

    @Test
    void badInputIsOneLineAndLeavesNoOutput() throws IOException {
        Path in = impulse();
        Path out = dir.resolve("out.png");
        String[][] cases = {
            {"image", "blurr", in.toString(), out.toString()},
            {"image", "gaussian", "--sigm", "2", in.toString(), out.toString()},
            {"image", "gaussian", "--sigma", "two", in.toString(), out.toString()},
            {"image", "gaussian", "--ksize", "4", in.toString(), out.toString()},
            {"image", "median", "--border", "mirror", in.toString(), out.toString()},
            {"image", "gaussian", dir.resolve("missing.png").toString(), out.toString()},
            {"image", "gaussian", in.toString()},
        };
        String[] named = {"blurr", "--sigm", "two", "ksize 4", "mirror", "missing.png", "input and an output"};
        for (int i = 0; i < cases.length; i++) {
            CommandLineHarness r = CommandLineHarness.run(cases[i]);
            assertEquals(1, r.exitCode(), String.join(" ", cases[i]) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(named[i]), r.err());
            assertFalse(Files.exists(out), String.join(" ", cases[i]));
        }
    }

    @Test
    void listShowsEveryOpWithItsOptions() {
        CommandLineHarness r = CommandLineHarness.run("image", "list");
        assertEquals(0, r.exitCode(), r.err());
        for (ImageOp op : ImageOps.all()) {
            assertTrue(r.out().contains(op.name() + " ") && r.out().contains(op.summary()), op.name());
        }
        assertTrue(r.out().contains("--sigma"), r.out());
    }

    @Test
    void helpOfOneOpShowsItsDefaults() {
        CommandLineHarness r = CommandLineHarness.run("image", "median", "--help");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("--ksize") && r.out().contains("(default replicate)"), r.out());
    }

    @Test
    void matchReadsItsReferenceFileAndSobelWritesTheAbsoluteDerivative() throws IOException {
        // Source levels 0..3 against the reference of the note's example (10.2): 0 0 1 3.
        Path in = dir.resolve("src.png");
        Path ref = dir.resolve("ref.png");
        ImageFiles.write(Image.gray(new int[][] {{0, 1, 2, 3}}), in);
        ImageFiles.write(Image.gray(new int[][] {{0, 0, 0, 0, 0, 1, 1, 1, 2, 3}}), ref);
        Path out = dir.resolve("matched.png");
        CommandLineHarness r = CommandLineHarness.run("image", "match", "--reference", ref.toString(), in.toString(), out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(new float[] {0, 0, 1, 3}, ImageFiles.read(out).data());
        CommandLineHarness missing = CommandLineHarness.run("image", "match", in.toString(), out.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("--reference is required"), missing.err());

        // A darkening step [50 50 10]: d/dx at the middle is (10 - 50) * 4 = -160, written as 160.
        Path step = dir.resolve("step.png");
        ImageFiles.write(Image.gray(new int[][] {{50, 50, 10}, {50, 50, 10}, {50, 50, 10}}), step);
        Path sobel = dir.resolve("sobel.png");
        assertEquals(0, CommandLineHarness.run("image", "sobel", step.toString(), sobel.toString()).exitCode());
        assertEquals(160f, ImageFiles.read(sobel).get(0, 1, 1));
    }
}
