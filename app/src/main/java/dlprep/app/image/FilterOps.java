package dlprep.app.image;

import dlprep.vision.filter.BoxFilter;
import dlprep.vision.filter.GaussianBlur;
import dlprep.vision.filter.MedianFilter;
import java.util.List;

/** The smoothing filters of {@code dlprep image}. */
final class FilterOps {

    private FilterOps() {
    }

    static List<ImageOp> all() {
        return List.of(
                ImageOp.of("box", "mean of each ksize x ksize window (OpenCV's blur)",
                        List.of(new OpOption("ksize", "5", "window size"), OpOption.border("reflect101")),
                        (in, a) -> BoxFilter.apply(in, a.integer("ksize"), a.integer("ksize"), true, a.border("border"))),
                ImageOp.of("gaussian", "Gaussian blur with OpenCV's kernel (GaussianBlur)",
                        List.of(new OpOption("ksize", "0", "kernel size, odd; 0 derives it from sigma"),
                                new OpOption("sigma", "2", "standard deviation in pixels; 0 derives it from ksize"),
                                OpOption.border("reflect101")),
                        (in, a) -> GaussianBlur.apply(in, a.integer("ksize"), a.number("sigma"), a.border("border"))),
                ImageOp.of("median", "median of each ksize x ksize window (OpenCV's medianBlur)",
                        List.of(new OpOption("ksize", "5", "window size, odd"), OpOption.border("replicate")),
                        (in, a) -> MedianFilter.apply(in, a.integer("ksize"), a.border("border"))));
    }
}
