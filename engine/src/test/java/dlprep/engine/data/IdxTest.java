package dlprep.engine.data;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdxTest {

    @TempDir
    Path dir;

    /** Three 2x2 images with pixels 0, 51, ..., 255 repeated, and their labels. */
    static final byte[] PIXELS = {0, 51, 102, (byte) 153, (byte) 204, (byte) 255, 0, 51, 102, (byte) 153, (byte) 204, (byte) 255};
    static final byte[] LABELS = {7, 0, 9};

    @Test
    void readsGzipAndRawFilesAlike() throws IOException {
        Idx.Images images = new Idx.Images(3, 2, 2, PIXELS);
        Idx.writeImages(dir.resolve("images.gz"), images, true);
        Idx.writeImages(dir.resolve("images"), images, false);
        Idx.writeLabels(dir.resolve("labels.gz"), LABELS, true);
        Idx.writeLabels(dir.resolve("labels"), LABELS, false);
        for (String suffix : new String[] {".gz", ""}) {
            Idx.Images back = Idx.readImages(dir.resolve("images" + suffix));
            assertEquals(3, back.count());
            assertEquals(2, back.rows());
            assertEquals(2, back.cols());
            assertArrayEquals(PIXELS, back.pixels());
            assertArrayEquals(LABELS, Idx.readLabels(dir.resolve("labels" + suffix)));
        }
    }

    @Test
    void gzipIsRecognisedByItsMagicBytesNotByTheName() throws IOException {
        Path gzipWithoutSuffix = dir.resolve("images");
        Path rawWithGzSuffix = dir.resolve("raw.gz");
        Files.write(gzipWithoutSuffix, gzip(idx(Idx.IMAGES_MAGIC, new int[] {3, 2, 2}, PIXELS)));
        Files.write(rawWithGzSuffix, idx(Idx.IMAGES_MAGIC, new int[] {3, 2, 2}, PIXELS));
        assertArrayEquals(PIXELS, Idx.readImages(gzipWithoutSuffix).pixels());
        assertArrayEquals(PIXELS, Idx.readImages(rawWithGzSuffix).pixels());
    }

    @Test
    void toTensorScalesBytesToUnitIntervalLikeToTensor() {
        Tensor t = new Idx.Images(3, 2, 2, PIXELS).toTensor();
        assertArrayEquals(new int[] {3, 1, 2, 2}, t.shape());
        // torchvision's ToTensor divides by 255 in float32: 51 -> 0.2f, 255 -> 1.
        assertArrayEquals(new float[] {0, 51 / 255f, 102 / 255f, 153 / 255f}, Arrays.copyOf(t.toArray(), 4));
        assertEquals(0.2f, t.getFlat(1));
        assertEquals(1f, t.getFlat(5));
    }

    @Test
    void readDatasetPairsImagesWithWholeNumberLabels() throws IOException {
        Idx.writeImages(dir.resolve("i.gz"), new Idx.Images(3, 2, 2, PIXELS), true);
        Idx.writeLabels(dir.resolve("l.gz"), LABELS, true);
        TensorDataset data = Idx.readDataset(dir.resolve("i.gz"), dir.resolve("l.gz"));
        assertEquals(3, data.size());
        assertArrayEquals(new float[] {7, 0, 9}, data.labels().toArray());
        assertArrayEquals(new int[] {1, 2, 2}, data.get(1).x().shape());
    }

    @Test
    void checkDescribesAFileOfEitherKind() throws IOException {
        Idx.writeImages(dir.resolve("i.gz"), new Idx.Images(3, 2, 2, PIXELS), true);
        Idx.writeLabels(dir.resolve("l"), LABELS, false);
        assertEquals("3 images of 2x2", Idx.check(dir.resolve("i.gz")).describe());
        assertEquals("3 labels", Idx.check(dir.resolve("l")).describe());
    }

    // ---------------------------------------------------------------- bad files

    @Test
    void wrongMagicNumberSaysWhatWasExpected() throws IOException {
        Path images = write("bad-images", idx(0x12345678, new int[0], new byte[0]));
        assertRejected(images, "wrong magic number 0x12345678", "0x00000803", () -> Idx.readImages(images));
        assertRejected(images, "wrong magic number 0x12345678", "0x00000801", () -> Idx.readLabels(images));
    }

    @Test
    void wrongDimensionCountIsNamed() throws IOException {
        Path twoDims = write("two-dims", idx(0x00000802, new int[] {3, 4}, new byte[12]));
        assertRejected(twoDims, "wrong dimension count 2", "0x00000803", () -> Idx.readImages(twoDims));
        Path labels = write("labels", idx(Idx.LABELS_MAGIC, new int[] {3}, LABELS));
        assertRejected(labels, "wrong dimension count 1", "is it a label file?", () -> Idx.readImages(labels));
    }

    @Test
    void truncatedDataSaysHowMuchIsMissing() throws IOException {
        byte[] full = idx(Idx.IMAGES_MAGIC, new int[] {3, 2, 2}, PIXELS);
        byte[] cut = Arrays.copyOf(full, full.length - 7);
        Path raw = write("cut", cut);
        assertRejected(raw, "truncated", "only 5 bytes follow", () -> Idx.readImages(raw));
        Path zipped = write("cut.gz", gzip(cut));
        assertRejected(zipped, "truncated", "3 images of 2x2 (12 bytes", () -> Idx.readImages(zipped));
        Path header = write("header-only", Arrays.copyOf(full, 6));
        assertRejected(header, "truncated", "header ends", () -> Idx.readImages(header));
        Path empty = write("empty", new byte[0]);
        assertRejected(empty, "truncated", "0 bytes", () -> Idx.readLabels(empty));
    }

    @Test
    void trailingGarbageIsRejected() throws IOException {
        byte[] full = idx(Idx.LABELS_MAGIC, new int[] {3}, LABELS);
        byte[] longer = Arrays.copyOf(full, full.length + 4);
        Path raw = write("long", longer);
        assertRejected(raw, "trailing garbage", "3 labels", () -> Idx.readLabels(raw));
        Path zipped = write("long.gz", gzip(longer));
        assertRejected(zipped, "trailing garbage", "3 labels", () -> Idx.readLabels(zipped));
    }

    @Test
    void corruptGzipIsRejected() throws IOException {
        byte[] good = gzip(idx(Idx.IMAGES_MAGIC, new int[] {3, 2, 2}, PIXELS));
        byte[] badCrc = good.clone();
        badCrc[badCrc.length - 8] ^= 0x55; // the CRC-32 of the content, first of the 8 trailer bytes
        Path crc = write("crc.gz", badCrc);
        assertRejected(crc, "corrupt gzip data", "", () -> Idx.readImages(crc));
        byte[] badMethod = good.clone();
        badMethod[2] = 7; // gzip knows only method 8, deflate
        Path method = write("method.gz", badMethod);
        assertRejected(method, "corrupt gzip data", "", () -> Idx.readImages(method));
        Path cut = write("cut-stream.gz", Arrays.copyOf(good, good.length / 2));
        assertRejected(cut, "corrupt gzip data", "", () -> Idx.readImages(cut));
    }

    @Test
    void zeroSizeImagesAreRejected() throws IOException {
        Path zero = write("zero", idx(Idx.IMAGES_MAGIC, new int[] {5, 0, 28}, new byte[0]));
        assertRejected(zero, "zero-size images", "0x28", () -> Idx.readImages(zero));
    }

    @Test
    void imageAndLabelCountsMustMatch() throws IOException {
        Idx.writeImages(dir.resolve("i.gz"), new Idx.Images(3, 2, 2, PIXELS), true);
        Idx.writeLabels(dir.resolve("l.gz"), new byte[] {1, 2}, true);
        IOException e = assertThrows(IOException.class, () -> Idx.readDataset(dir.resolve("i.gz"), dir.resolve("l.gz")));
        assertTrue(e.getMessage().contains("i.gz") && e.getMessage().contains("l.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("count mismatch: 3 images but 2 labels"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path none = dir.resolve("nothing-here.gz");
        assertRejected(none, "no such file", "", () -> Idx.readImages(none));
    }

    // ---------------------------------------------------------------- helpers

    interface Read {
        void run() throws IOException;
    }

    static void assertRejected(Path file, String reason, String detail, Read read) {
        IOException e = assertThrows(IOException.class, read::run);
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString()), "message should start with the file name: " + m);
        assertTrue(m.contains(reason), "message should say '" + reason + "': " + m);
        assertTrue(m.contains(detail), "message should say '" + detail + "': " + m);
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** An IDX file: the magic, the dimensions, the payload (lengths not checked, so bad files can be made). */
    static byte[] idx(int magic, int[] dims, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + payload.length);
        b.putInt(magic);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.put(payload).array();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
