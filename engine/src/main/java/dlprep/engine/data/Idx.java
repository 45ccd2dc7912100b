package dlprep.engine.data;

import dlprep.engine.io.AtomicFiles;
import dlprep.engine.kernels.Parallel;
import dlprep.engine.tensor.Tensor;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The IDX file format of MNIST and Fashion-MNIST: a big-endian header, then the items as unsigned bytes.
 * The header is a magic number (two zero bytes, a type byte, 0x08 for unsigned bytes, and the number of
 * dimensions) followed by one 32-bit size per dimension. Images are {@code idx3-ubyte} (count, rows,
 * columns; magic {@code 0x00000803}); labels are {@code idx1-ubyte} (count; magic {@code 0x00000801}).
 *
 * <p>Files may be gzip-compressed, as they are distributed; compression is recognised by gzip's own magic
 * bytes {@code 1f 8b}, not by the file name. A file that does not hold exactly what its header promises is
 * rejected with its name and the reason.
 */
public final class Idx {

    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;

    private static final int UNSIGNED_BYTE = 0x08;
    private static final int BUFFER = 1 << 16;

    /** What a valid file holds: {@code count} items, each {@code rows x cols} pixels (1 x 1 for labels). */
    public record Header(int magic, int count, int rows, int cols) {

        public boolean isImages() {
            return magic == IMAGES_MAGIC;
        }

        /** The payload length in bytes the header promises. */
        public long payloadBytes() {
            return (long) count * rows * cols;
        }

        /** "60000 images of 28x28" or "60000 labels". */
        public String describe() {
            return isImages() ? count + " images of " + rows + "x" + cols : count + " labels";
        }
    }

    /** Images as stored: {@code count * rows * cols} unsigned bytes, image after image, row-major. */
    public record Images(int count, int rows, int cols, byte[] pixels) {

        public Images {
            if ((long) count * rows * cols != pixels.length) {
                throw new IllegalArgumentException("images: " + pixels.length + " pixels do not make " + count
                        + " images of " + rows + "x" + cols);
            }
        }

        /** The first {@code n} images. */
        public Images head(int n) {
            if (n < 0 || n > count) {
                throw new IllegalArgumentException("images: cannot take the first " + n + " of " + count);
            }
            return new Images(n, rows, cols, Arrays.copyOf(pixels, n * rows * cols));
        }

        /**
         * A float tensor {@code [count, 1, rows, cols]} with each byte {@code v} scaled to {@code v / 255} in
         * {@code [0, 1]}, as torchvision's {@code ToTensor} does (a float32 division, so the values agree).
         */
        public Tensor toTensor() {
            return Tensor.wrap(scaledToUnit(pixels), count, 1, rows, cols);
        }
    }

    private Idx() {
    }

    /** Reads an {@code idx3-ubyte} image file. */
    public static Images readImages(Path file) throws IOException {
        Parsed p = parse(file, IMAGES_MAGIC, true);
        return new Images(p.header.count, p.header.rows, p.header.cols, p.payload);
    }

    /** Reads an {@code idx1-ubyte} label file: one unsigned byte per item. */
    public static byte[] readLabels(Path file) throws IOException {
        return parse(file, LABELS_MAGIC, true).payload;
    }

    /** Labels as a float tensor {@code [count]} of whole numbers (the engine's form of class indices). */
    public static Tensor labelsToTensor(byte[] labels) {
        float[] out = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = labels[i] & 0xFF;
        }
        return Tensor.wrap(out, labels.length);
    }

    /**
     * Reads an image file and its label file into a data set of images {@code [N, 1, rows, cols]} in
     * {@code [0, 1]} and labels {@code [N]}; the two files must hold the same number of items.
     */
    public static TensorDataset readDataset(Path imageFile, Path labelFile) throws IOException {
        Images images = readImages(imageFile);
        byte[] labels = readLabels(labelFile);
        if (images.count() != labels.length) {
            throw new IOException(imageFile + " and " + labelFile + ": image/label count mismatch: "
                    + images.count() + " images but " + labels.length + " labels");
        }
        return new TensorDataset(images.toTensor(), labelsToTensor(labels));
    }

    /** Reads a whole image or label file, checking it completely, and returns its header (the data is dropped). */
    public static Header check(Path file) throws IOException {
        return parse(file, 0, false).header;
    }

    /** Writes images as an {@code idx3-ubyte} file, gzip-compressed or raw; atomically. */
    public static void writeImages(Path file, Images images, boolean gzip) throws IOException {
        write(file, gzip, IMAGES_MAGIC, new int[] {images.count(), images.rows(), images.cols()}, images.pixels());
    }

    /** Writes labels as an {@code idx1-ubyte} file, gzip-compressed or raw; atomically. */
    public static void writeLabels(Path file, byte[] labels, boolean gzip) throws IOException {
        write(file, gzip, LABELS_MAGIC, new int[] {labels.length}, labels);
    }

    // ---------------------------------------------------------------- reading

    private record Parsed(Header header, byte[] payload) {
    }

    /**
     * Reads {@code file} expecting the magic {@code expected} (0: either kind). With {@code keep} false the
     * payload is streamed through and checked but not kept.
     */
    private static Parsed parse(Path file, int expected, boolean keep) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        boolean gzip = startsWithGzipMagic(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
             DataInputStream in = new DataInputStream(gzip ? new GZIPInputStream(raw, BUFFER) : raw)) {
            Header header = readHeader(file, in, expected);
            long promised = header.payloadBytes();
            byte[] payload = keep ? in.readNBytes((int) promised) : null;
            long got = keep ? payload.length : discard(in, promised);
            if (got < promised) {
                throw new IOException(file + ": truncated: the header promises " + header.describe() + " ("
                        + promised + " bytes of data) but only " + got + " bytes follow");
            }
            if (in.read() != -1) {
                throw new IOException(file + ": trailing garbage: there are more bytes after the " + promised
                        + " bytes of data the header promises (" + header.describe() + ")");
            }
            return new Parsed(header, payload);
        } catch (ZipException | EOFException e) {
            // Only the gzip layer throws these: the IDX layer reads with readNBytes and checks lengths itself.
            throw new IOException(file + ": corrupt gzip data (" + e.getMessage() + ")", e);
        }
    }

    private static Header readHeader(Path file, DataInputStream in, int expected) throws IOException {
        byte[] head = in.readNBytes(4);
        if (head.length < 4) {
            throw new IOException(file + ": truncated: " + head.length + " bytes, too short for an IDX header");
        }
        int magic = bigEndian(head);
        int dims = magic & 0xFF;
        boolean idxUbyte = (magic >>> 8) == UNSIGNED_BYTE;
        if (expected == 0 && idxUbyte && (dims == 1 || dims == 3)) {
            expected = dims == 3 ? IMAGES_MAGIC : LABELS_MAGIC;
        }
        String want = switch (expected) {
            case IMAGES_MAGIC -> "0x00000803: an idx3-ubyte image file, unsigned bytes in 3 dimensions";
            case LABELS_MAGIC -> "0x00000801: an idx1-ubyte label file, unsigned bytes in 1 dimension";
            default -> "0x00000803 for images (3 dimensions) or 0x00000801 for labels (1 dimension)";
        };
        if (!idxUbyte) {
            throw new IOException(file + ": wrong magic number " + hex(magic) + " (expected " + want + ")");
        }
        if (dims != (expected & 0xFF)) {
            throw new IOException(file + ": wrong dimension count " + dims + " in magic number " + hex(magic)
                    + " (expected " + want + ")"
                    + (dims == 1 ? "; is it a label file?" : dims == 3 ? "; is it an image file?" : ""));
        }
        int[] size = new int[dims];
        for (int d = 0; d < dims; d++) {
            byte[] b = in.readNBytes(4);
            if (b.length < 4) {
                throw new IOException(file + ": truncated: the header ends before dimension " + d + " of " + dims);
            }
            size[d] = bigEndian(b);
            if (size[d] < 0) {
                throw new IOException(file + ": corrupt header: dimension " + d + " is " + Integer.toUnsignedLong(size[d])
                        + ", more than an IDX reader here can hold");
            }
        }
        Header header = dims == 3 ? new Header(magic, size[0], size[1], size[2]) : new Header(magic, size[0], 1, 1);
        if (header.rows() == 0 || header.cols() == 0) {
            throw new IOException(file + ": zero-size images (" + header.rows() + "x" + header.cols() + ")");
        }
        if (header.payloadBytes() > Integer.MAX_VALUE - 8) {
            throw new IOException(file + ": the header promises " + header.describe() + " (" + header.payloadBytes()
                    + " bytes), more than one Java array holds");
        }
        return header;
    }

    private static boolean startsWithGzipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(2);
            return b.length == 2 && (b[0] & 0xFF) == 0x1f && (b[1] & 0xFF) == 0x8b;
        }
    }

    /** Reads and drops up to {@code n} bytes; returns how many there were. */
    private static long discard(InputStream in, long n) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long done = 0;
        while (done < n) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    private static int bigEndian(byte[] b) {
        return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }

    private static String hex(int v) {
        return String.format("0x%08x", v);
    }

    /** The ToTensor scaling, v / 255 in float32, through a 256-entry table and in parallel slices. */
    private static float[] scaledToUnit(byte[] bytes) {
        float[] table = new float[256];
        for (int v = 0; v < 256; v++) {
            table[v] = v / 255f;
        }
        float[] out = new float[bytes.length];
        Parallel.forRange(bytes.length, 1 << 20, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                out[i] = table[bytes[i] & 0xFF];
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- writing

    private static void write(Path file, boolean gzip, int magic, int[] dims, byte[] payload) throws IOException {
        AtomicFiles.write(file, sink -> {
            GZIPOutputStream zipped = gzip ? new GZIPOutputStream(sink, BUFFER) : null;
            DataOutputStream out = new DataOutputStream(gzip ? zipped : sink);
            out.writeInt(magic);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(payload);
            out.flush();
            if (zipped != null) {
                zipped.finish();
            }
        });
    }
}
