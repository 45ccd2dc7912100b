package dlprep.vision.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @TempDir
    Path dir;

    @Test
    void pngRoundTripKeepsGrayAndRgbSamplesExactly() throws IOException {
        Image gray = Image.gray(new int[][] {{0, 17, 255}, {128, 3, 99}});
        Path grayFile = dir.resolve("gray.png");
        ImageFiles.write(gray, grayFile);
        Image back = ImageFiles.read(grayFile);
        assertEquals(1, back.channels());
        assertArrayEquals(gray.data(), back.data());

        Image rgb = Image.blank(2, 1, 3, Image.Depth.U8);
        rgb.set(0, 0, 0, 255);
        rgb.set(1, 1, 0, 7);
        rgb.set(2, 1, 0, 200);
        Path rgbFile = dir.resolve("rgb.png");
        ImageFiles.write(rgb, rgbFile);
        assertArrayEquals(rgb.data(), ImageFiles.read(rgbFile).data());
    }

    @Test
    void floatImagesAreRoundedHalfToEvenAndSaturatedWhenWritten() throws IOException {
        // OpenCV's saturate_cast<uchar>: 2.5 -> 2, 3.5 -> 4, -4 -> 0, 300 -> 255.
        Image f = Image.of(4, 1, 1, Image.Depth.F32, new float[] {2.5f, 3.5f, -4f, 300f});
        Path file = dir.resolve("f.png");
        ImageFiles.write(f, file);
        assertArrayEquals(new float[] {2, 4, 0, 255}, ImageFiles.read(file).data());
    }

    @Test
    void fixedPointRoundingSendsTiesUp() {
        // OpenCV's (sum + half) >> shift: 2.5 -> 3, 3.5 -> 4, 2.49 -> 2, -0.5 -> 0, 255.5 -> 255.
        Image f = Image.of(5, 1, 1, Image.Depth.F32, new float[] {2.5f, 3.5f, 2.49f, -0.5f, 255.5f});
        assertArrayEquals(new float[] {3, 4, 2, 0, 255}, f.toU8HalfUp().data());
    }

    @Test
    void corruptFilesAndUnknownFormatsAreRejectedWithTheFileName() throws IOException {
        Path junk = dir.resolve("junk.png");
        Files.writeString(junk, "not an image");
        IOException e = assertThrows(IOException.class, () -> ImageFiles.read(junk));
        assertTrue(e.getMessage().contains("junk.png"), e.getMessage());
        assertThrows(IOException.class, () -> ImageFiles.read(dir.resolve("missing.png")));

        Path tiff = dir.resolve("out.tiff");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ImageFiles.write(Image.gray(new int[][] {{1}}), tiff));
        assertTrue(bad.getMessage().contains("out.tiff"), bad.getMessage());
        assertFalse(Files.exists(tiff));
    }

    @Test
    void emptyImagesAndNonByteSamplesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Image.blank(0, 3, 1, Image.Depth.U8));
        assertThrows(IllegalArgumentException.class,
                () -> Image.of(1, 1, 1, Image.Depth.U8, new float[] {1.5f}));
    }
}
