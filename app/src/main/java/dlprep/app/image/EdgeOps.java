package dlprep.app.image;

import dlprep.vision.color.Gray;
import dlprep.vision.detect.Canny;
import dlprep.vision.detect.Harris;
import dlprep.vision.filter.Gradients;
import dlprep.vision.filter.Laplacian;
import dlprep.vision.filter.Prewitt;
import dlprep.vision.filter.Scharr;
import dlprep.vision.filter.Sobel;
import dlprep.vision.image.Image;
import java.util.ArrayList;
import java.util.List;

/**
 * Derivatives, edges and corners of {@code dlprep image}. Signed results are written as {@code |v|}
 * saturated to 8 bits (OpenCV's convertScaleAbs); colour images are filtered channel by channel as
 * OpenCV does, except Canny and Harris, which work on gray.
 */
final class EdgeOps {

    private EdgeOps() {
    }

    private static final List<OpOption> DERIVATIVE = List.of(
            new OpOption("dx", "1", "order of the derivative along x"),
            new OpOption("dy", "0", "order of the derivative along y"));

    static List<ImageOp> all() {
        return List.of(
                ImageOp.of("sobel", "Sobel derivative, written as |d| (OpenCV's Sobel + convertScaleAbs)",
                        with(DERIVATIVE, new OpOption("ksize", "3", "1, 3, 5 or 7"), OpOption.border("reflect101")),
                        (in, a) -> Gradients.absU8(Sobel.apply(in, a.integer("dx"), a.integer("dy"), a.integer("ksize"),
                                a.border("border")))),
                ImageOp.of("scharr", "Scharr first derivative ([3 10 3] smoothing), written as |d|",
                        with(DERIVATIVE, OpOption.border("reflect101")),
                        (in, a) -> Gradients.absU8(Scharr.apply(in, a.integer("dx"), a.integer("dy"), a.border("border")))),
                ImageOp.of("prewitt", "Prewitt first derivative ([1 1 1] smoothing), written as |d|",
                        with(DERIVATIVE, OpOption.border("reflect101")),
                        (in, a) -> Gradients.absU8(Prewitt.apply(in, a.integer("dx"), a.integer("dy"), a.border("border")))),
                ImageOp.of("laplacian", "Laplacian (ksize 1: 4-neighbour kernel, 3: sum of Sobel second derivatives), written as |L|",
                        List.of(new OpOption("ksize", "1", "1, 3, 5, ..."), OpOption.border("reflect101")),
                        (in, a) -> Gradients.absU8(Laplacian.apply(in, a.integer("ksize"), a.border("border")))),
                ImageOp.of("magnitude", "Sobel gradient magnitude sqrt(gx^2 + gy^2), saturated",
                        List.of(new OpOption("ksize", "3", "Sobel size"), OpOption.border("reflect101")),
                        (in, a) -> Gradients.magnitude(
                                Sobel.apply(in, 1, 0, a.integer("ksize"), a.border("border")),
                                Sobel.apply(in, 0, 1, a.integer("ksize"), a.border("border"))).toU8()),
                ImageOp.of("canny", "Canny edges: Gaussian, Sobel, non-maximum suppression, hysteresis",
                        List.of(new OpOption("low", "50", "hysteresis low threshold (on the Sobel magnitude)"),
                                new OpOption("high", "150", "high threshold: seeds of edges"),
                                new OpOption("sigma", "1", "Gaussian blur first; 0 skips it, as OpenCV's Canny"),
                                new OpOption("aperture", "3", "Sobel size: 3, 5 or 7"),
                                new OpOption("l2", "false", "true: sqrt(gx^2 + gy^2); false: |gx| + |gy| (OpenCV's default)")),
                        (in, a) -> Canny.detect(in, a.number("low"), a.number("high"), a.number("sigma"),
                                a.integer("aperture"), a.flag("l2"))),
                ImageOp.of("harris", "Harris corners (OpenCV's cornerHarris), marked in red on the gray image",
                        List.of(new OpOption("block", "3", "window of the structure tensor"),
                                new OpOption("ksize", "3", "Sobel size"),
                                new OpOption("k", "0.04", "R = det M - k (trace M)^2"),
                                new OpOption("quality", "0.01", "keep local maxima above this share of the largest R"),
                                OpOption.border("reflect101")),
                        (in, a) -> markCorners(in, Harris.corners(Harris.response(in, a.integer("block"), a.integer("ksize"),
                                a.number("k"), a.border("border")), a.number("quality"))))
                        // the checkerboard's corners are the strongest by far; 0.3% of them still shows the others
                        .withDemoArgs("--quality", "0.003"));
    }

    private static List<OpOption> with(List<OpOption> first, OpOption... more) {
        List<OpOption> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    /** The gray image in RGB with a red plus of 5 pixels on each corner. */
    private static Image markCorners(Image in, List<Harris.Corner> corners) {
        Image out = Gray.toRgb(Gray.of(in).toU8());
        for (Harris.Corner c : corners) {
            for (int d = -2; d <= 2; d++) {
                red(out, c.x() + d, c.y());
                red(out, c.x(), c.y() + d);
            }
        }
        return out;
    }

    private static void red(Image img, int x, int y) {
        if (x >= 0 && y >= 0 && x < img.width() && y < img.height()) {
            img.set(0, x, y, 255);
            img.set(1, x, y, 0);
            img.set(2, x, y, 0);
        }
    }
}
