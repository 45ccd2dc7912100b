package dlprep.app.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.app.CommandLineHarness;
import dlprep.vision.image.Image;
import dlprep.vision.image.ImageFiles;
import dlprep.vision.image.TestImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warp, SIFT, HOG and LBP ops of {@code dlprep image}. */
class FeatureOpsTest {

    @TempDir
    Path dir;

    private Path write(Image image, String name) throws IOException {
        Path file = dir.resolve(name);
        ImageFiles.write(image, file);
        return file;
    }

    @Test
    void warpTakesAMatrixOrWhereTheCornersGo() throws IOException {
        Path in = write(Image.gray(new int[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}), "in.png");
        Path out = dir.resolve("out.png");
        // x' = x + 1, y' = y + 1: dst(x, y) = src(x - 1, y - 1), zeros from the constant border.
        CommandLineHarness r = CommandLineHarness.run("image", "warp", "--matrix", "1,0,1,0,1,1", "--interpolation",
                "nearest", in.toString(), out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 2, 0, 4, 5}, ImageFiles.read(out).data());

        // Corners sent to where they are: the identity homography, the image unchanged.
        r = CommandLineHarness.run("image", "warp", "--to", "0,0,2,0,2,2,0,2", in.toString(), out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(ImageFiles.read(in).data(), ImageFiles.read(out).data());
    }

    @Test
    void badWarpsAreOneLineAndLeaveNoOutput() throws IOException {
        Path in = write(Image.gray(new int[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}), "in.png");
        Path out = dir.resolve("out.png");
        String[][] cases = {
            {"--matrix", "1,0,0,0,1"},
            {"--matrix", "1,2,0,2,4,0"},
            {"--matrix", "1,0,0,0,1,0", "--to", "0,0,2,0,0,2"},
            {"--to", "0,0,1,1,2,2"},
        };
        String[] named = {"6 or 9", "singular", "not both", "collinear"};
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 4];
            args[0] = "image";
            args[1] = "warp";
            System.arraycopy(cases[i], 0, args, 2, cases[i].length);
            args[args.length - 2] = in.toString();
            args[args.length - 1] = out.toString();
            CommandLineHarness r = CommandLineHarness.run(args);
            assertEquals(1, r.exitCode(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(named[i]), r.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void lbpAndHogDrawTheirCodesAndHistograms() throws IOException {
        // The note's LBP example: code 241 (10.15).
        Path in = write(Image.gray(new int[][] {{6, 5, 2}, {7, 6, 1}, {9, 8, 7}}), "lbp-in.png");
        Path out = dir.resolve("lbp.png");
        CommandLineHarness r = CommandLineHarness.run("image", "lbp", in.toString(), out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(new float[] {241}, ImageFiles.read(out).data());
        // riu2: 241 is uniform with five 1 bits, label 5, drawn as 5 x 25.
        r = CommandLineHarness.run("image", "lbp", "--mode", "riu2", in.toString(), out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(new float[] {125}, ImageFiles.read(out).data());

        Path hog = dir.resolve("hog.png");
        r = CommandLineHarness.run("image", "hog", write(TestImage.generate(64, 48, 1), "t.png").toString(), hog.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(64, ImageFiles.read(hog).width());
    }

    @Test
    void siftPrintsTheKeypointOfABlobWithItsDescriptor() throws IOException {
        // A Gaussian blob of sigma 4 at (30, 33): one keypoint there (SiftTest pins its scale, 4 / 2^(1/6)).
        Image blob = Image.blank(64, 64, 1, Image.Depth.U8);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                blob.set(0, x, y, (float) (20 + 200 * Math.exp(-((x - 30) * (x - 30) + (y - 33) * (y - 33)) / 32.0)));
            }
        }
        Path in = write(blob, "blob.png");
        PrintStream saved = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CommandLineHarness r;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            r = CommandLineHarness.run("image", "sift", "--print", "true", "--descriptors", "true", in.toString(),
                    dir.resolve("k.png").toString());
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, r.exitCode(), r.err());
        String[] first = printed.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow().split(" ");
        assertEquals(30, Double.parseDouble(first[0]), 0.2);
        assertEquals(33, Double.parseDouble(first[1]), 0.2);
        assertEquals(5 + 128, first.length, "x y sigma angle response and the 128 descriptor values");
    }

    @Test
    void siftMatchOfAnImageWithItselfPrintsTheIdentity() throws IOException {
        Path in = write(TestImage.generate(120, 80, 1), "t.png");
        Path out = dir.resolve("match.png");
        PrintStream saved = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CommandLineHarness r;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            r = CommandLineHarness.run("image", "sift-match", "--with", in.toString(), in.toString(), out.toString());
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, r.exitCode(), r.err());
        String text = printed.toString(StandardCharsets.UTF_8);
        Matcher h = Pattern.compile("homography \\[([^]]+)]").matcher(text);
        assertTrue(h.find(), text);
        String[] entries = h.group(1).split("[,;]");
        double[] identity = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        for (int i = 0; i < 9; i++) {
            assertEquals(identity[i], Double.parseDouble(entries[i].trim()), 1e-6, text);
        }
        assertEquals(240, ImageFiles.read(out).width(), "the two images side by side");
    }
}
