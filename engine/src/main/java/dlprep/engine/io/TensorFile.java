package dlprep.engine.io;

import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Shape;
import dlprep.engine.tensor.Tensor;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file of named tensors (a module's state, a checkpoint). Layout, big-endian: the magic
 * {@code DLPREPTS}, a format version, the number of entries, then per entry its name, type
 * (0 = float32, 1 = float64), rank, dimensions and values. Written atomically; a file that is not in this
 * format, or is cut short, is rejected with its name and what was wrong.
 */
public final class TensorFile {

    private static final long MAGIC = 0x444C505245505453L; // "DLPREPTS"
    private static final int VERSION = 1;
    private static final int MAX_RANK = 16;

    private TensorFile() {
    }

    public static void write(Path file, Map<String, Tensor> tensors) throws IOException {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(raw);
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(tensors.size());
            for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
                Tensor t = e.getValue();
                out.writeUTF(e.getKey());
                out.writeByte(t.isFloat64() ? 1 : 0);
                out.writeInt(t.dim());
                for (int d : t.shape()) {
                    out.writeInt(d);
                }
                for (int i = 0; i < t.numel(); i++) {
                    if (t.isFloat64()) {
                        out.writeDouble(t.getFlat(i));
                    } else {
                        out.writeFloat((float) t.getFlat(i));
                    }
                }
            }
            out.flush();
        });
    }

    public static Map<String, Tensor> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        long size = Files.size(file);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (size < 16 || in.readLong() != MAGIC) {
                throw new IOException(file + ": not a DL-Prep tensor file (it does not start with DLPREPTS)");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException(file + ": tensor file format version " + version + " is not supported (expected "
                        + VERSION + ")");
            }
            int count = in.readInt();
            if (count < 0) {
                throw new IOException(file + ": corrupt header (negative entry count " + count + ")");
            }
            Map<String, Tensor> out = new LinkedHashMap<>();
            for (int e = 0; e < count; e++) {
                String name = in.readUTF();
                int type = in.readByte();
                int rank = in.readInt();
                if ((type != 0 && type != 1) || rank < 0 || rank > MAX_RANK) {
                    throw new IOException(file + ": corrupt entry '" + name + "' (type " + type + ", rank " + rank + ")");
                }
                int[] shape = new int[rank];
                long numel = 1;
                for (int d = 0; d < rank; d++) {
                    shape[d] = in.readInt();
                    numel *= Math.max(shape[d], 0);
                    if (shape[d] < 0 || numel * (type == 1 ? 8 : 4) > size) {
                        throw new IOException(file + ": corrupt entry '" + name + "' (shape " + Shape.str(shape)
                                + " does not fit in a file of " + size + " bytes)");
                    }
                }
                Tensor t = Tensor.zeros(type == 1 ? DType.FLOAT64 : DType.FLOAT32, shape);
                for (int i = 0; i < numel; i++) {
                    t.setFlat(i, type == 1 ? in.readDouble() : in.readFloat());
                }
                out.put(name, t);
            }
            if (in.read() != -1) {
                throw new IOException(file + ": unexpected bytes after the last of its " + count + " entries");
            }
            return out;
        } catch (EOFException e) {
            throw new IOException(file + ": truncated (the file ends in the middle of an entry)", e);
        }
    }
}
