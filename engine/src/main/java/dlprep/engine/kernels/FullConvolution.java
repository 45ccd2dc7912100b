package dlprep.engine.kernels;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The input gradient of a stride-1 convolution of small images, computed directly as the "full" convolution
 * of dy with the kernel: {@code dx[c][oh + ki*d][ow + kj*d] += w[oc][c][ki][kj] * dy[oc][oh][ow]} (in the
 * zero-bordered input frame, cropped at the end).
 *
 * <p>The trick is a flat plane. Lay dy out with the row stride {@code Wp} of the bordered input, zeros in
 * the columns past {@code outW}; then one tap (ki, kj) moves the whole plane by one constant offset,
 * {@code ki*d*Wp + kj*d}, and its contribution is a single contiguous multiply-add over
 * {@code (outH - 1) * Wp + outW} floats. The columns that wrap into the next row carry the zeros, so there is
 * no bounds test and no column matrix. Vectors run along the plane, four of them held in registers while
 * the output channels are summed into them (one broadcast weight feeds four multiply-adds). The zero
 * columns cost {@code Wp / outW} extra work: 1.4x for LeNet conv2, against im2col's K x P matrix written by
 * a GEMM and scattered back by col2im.
 */
final class FullConvolution {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int BLOCK = 4 * LANES;

    private static final Workspace REGROUPED_WEIGHTS = new Workspace();
    private static final Workspace DY_PLANES = new Workspace();
    private static final Workspace DX_PLANES = new Workspace();

    private FullConvolution() {
    }

    /** Stride 1, one group, images small enough to batch in im2col chunks (where its col2im was the cost). */
    static boolean appliesTo(Conv2dShape s, boolean smallImage) {
        return smallImage && s.groups() == 1 && s.strideH() == 1 && s.strideW() == 1;
    }

    static void backwardInput(Conv2dShape s, float[] dy, float[] w, float[] dx) {
        int taps = s.kernelH() * s.kernelW();
        int[] shifts = new int[taps];
        int rowStride = s.width() + 2 * s.padW();
        for (int ki = 0; ki < s.kernelH(); ki++) {
            for (int kj = 0; kj < s.kernelW(); kj++) {
                shifts[ki * s.kernelW() + kj] = ki * s.dilationH() * rowStride + kj * s.dilationW();
            }
        }
        float[] wT = regroupedWeights(s, w);
        int span = (s.outHeight() - 1) * rowStride + s.outWidth();
        int paddedSpan = (span + LANES - 1) / LANES * LANES;
        // A bordered plane, plus room for the last vector's overhang (see the class comment for the bound).
        int framePlane = (s.height() + 2 * s.padH()) * rowStride + LANES;
        Parallel.forRange(s.batch(), 1, (lo, hi) -> {
            float[] dyPlanes = DY_PLANES.floats(s.outChannels() * paddedSpan);
            float[] dxPlanes = DX_PLANES.floats(s.inChannels() * framePlane);
            for (int n = lo; n < hi; n++) {
                layOutGradient(s, dy, n, rowStride, paddedSpan, dyPlanes);
                Arrays.fill(dxPlanes, 0, s.inChannels() * framePlane, 0f);
                for (int c = 0; c < s.inChannels(); c++) {
                    for (int t = 0; t < taps; t++) {
                        accumulateTap(dyPlanes, paddedSpan, wT, (c * taps + t) * s.outChannels(), s.outChannels(),
                                dxPlanes, c * framePlane + shifts[t]);
                    }
                }
                crop(s, dxPlanes, framePlane, rowStride, dx, n);
            }
        });
    }

    /** {@code dxPlanes[dst + f] += sum over oc of wT[wFrom + oc] * dyPlanes[oc][f]} for the whole padded span. */
    private static void accumulateTap(float[] dyPlanes, int paddedSpan, float[] wT, int wFrom, int outChannels,
                                      float[] dxPlanes, int dst) {
        int f = 0;
        for (; f + BLOCK <= paddedSpan; f += BLOCK) {
            FloatVector acc0 = FloatVector.fromArray(SPECIES, dxPlanes, dst + f);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, dxPlanes, dst + f + LANES);
            FloatVector acc2 = FloatVector.fromArray(SPECIES, dxPlanes, dst + f + 2 * LANES);
            FloatVector acc3 = FloatVector.fromArray(SPECIES, dxPlanes, dst + f + 3 * LANES);
            for (int oc = 0; oc < outChannels; oc++) {
                FloatVector wv = FloatVector.broadcast(SPECIES, wT[wFrom + oc]);
                int src = oc * paddedSpan + f;
                acc0 = FloatVector.fromArray(SPECIES, dyPlanes, src).fma(wv, acc0);
                acc1 = FloatVector.fromArray(SPECIES, dyPlanes, src + LANES).fma(wv, acc1);
                acc2 = FloatVector.fromArray(SPECIES, dyPlanes, src + 2 * LANES).fma(wv, acc2);
                acc3 = FloatVector.fromArray(SPECIES, dyPlanes, src + 3 * LANES).fma(wv, acc3);
            }
            acc0.intoArray(dxPlanes, dst + f);
            acc1.intoArray(dxPlanes, dst + f + LANES);
            acc2.intoArray(dxPlanes, dst + f + 2 * LANES);
            acc3.intoArray(dxPlanes, dst + f + 3 * LANES);
        }
        for (; f < paddedSpan; f += LANES) {
            FloatVector acc = FloatVector.fromArray(SPECIES, dxPlanes, dst + f);
            for (int oc = 0; oc < outChannels; oc++) {
                acc = FloatVector.fromArray(SPECIES, dyPlanes, oc * paddedSpan + f)
                        .fma(FloatVector.broadcast(SPECIES, wT[wFrom + oc]), acc);
            }
            acc.intoArray(dxPlanes, dst + f);
        }
    }

    /** The weight as {@code wT[c][tap][oc]}, so that one tap's output-channel loop reads contiguous floats. */
    private static float[] regroupedWeights(Conv2dShape s, float[] w) {
        int taps = s.kernelH() * s.kernelW();
        float[] wT = REGROUPED_WEIGHTS.floats(s.weightSize());
        for (int oc = 0; oc < s.outChannels(); oc++) {
            for (int c = 0; c < s.inChannels(); c++) {
                for (int t = 0; t < taps; t++) {
                    wT[(c * taps + t) * s.outChannels() + oc] = w[(oc * s.inChannels() + c) * taps + t];
                }
            }
        }
        return wT;
    }

    /** Image n's dy planes with the bordered input's row stride, zeros past outW and past the span. */
    private static void layOutGradient(Conv2dShape s, float[] dy, int n, int rowStride, int paddedSpan,
                                       float[] dyPlanes) {
        int outPlane = s.outHeight() * s.outWidth();
        for (int oc = 0; oc < s.outChannels(); oc++) {
            int src = (n * s.outChannels() + oc) * outPlane;
            int dst = oc * paddedSpan;
            Arrays.fill(dyPlanes, dst, dst + paddedSpan, 0f);
            for (int oh = 0; oh < s.outHeight(); oh++) {
                System.arraycopy(dy, src + oh * s.outWidth(), dyPlanes, dst + oh * rowStride, s.outWidth());
            }
        }
    }

    /** Copies the inner H x W window of each bordered plane into image n of dx. */
    private static void crop(Conv2dShape s, float[] dxPlanes, int framePlane, int rowStride, float[] dx, int n) {
        int plane = s.height() * s.width();
        for (int c = 0; c < s.inChannels(); c++) {
            int src = c * framePlane + s.padH() * rowStride + s.padW();
            int dst = (n * s.inChannels() + c) * plane;
            for (int h = 0; h < s.height(); h++) {
                System.arraycopy(dxPlanes, src + h * rowStride, dx, dst + h * s.width(), s.width());
            }
        }
    }
}
