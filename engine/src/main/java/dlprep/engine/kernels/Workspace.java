package dlprep.engine.kernels;

/**
 * Scratch memory that a kernel reuses from call to call: one growing {@code float[]} per thread, so the
 * im2col matrix of a 56x56 image is allocated once per worker instead of once per image. The contents are
 * whatever the last user left there: callers overwrite before they read.
 */
final class Workspace {

    private final ThreadLocal<float[]> buffer = ThreadLocal.withInitial(() -> new float[0]);

    /** This thread's buffer, grown to at least {@code size} elements. */
    float[] floats(int size) {
        float[] a = buffer.get();
        if (a.length < size) {
            a = new float[size];
            buffer.set(a);
        }
        return a;
    }
}
