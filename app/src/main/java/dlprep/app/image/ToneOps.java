package dlprep.app.image;

import dlprep.vision.color.ColorAdjust;
import dlprep.vision.color.Gray;
import dlprep.vision.histogram.Equalization;
import dlprep.vision.histogram.HistogramMatching;
import dlprep.vision.image.Image;
import dlprep.vision.image.ImageFiles;
import java.util.List;

/** Gray levels and colour of {@code dlprep image}: gray, histogram equalisation and matching, brightness, contrast, saturation, gamma. */
final class ToneOps {

    private ToneOps() {
    }

    static List<ImageOp> all() {
        return List.of(
                ImageOp.of("gray", "RGB to gray, 0.299 R + 0.587 G + 0.114 B (OpenCV's RGB2GRAY)", List.of(),
                        (in, a) -> Gray.of(in)),
                ImageOp.of("equalize", "histogram equalisation (OpenCV's equalizeHist; colour: the HSV value channel)", List.of(),
                        (in, a) -> Equalization.apply(in)),
                new ImageOp("match", "histogram matching to a reference image (CDF matching, per channel)",
                        List.of(new OpOption("reference", null, "the image whose histogram to match")),
                        List.of("--reference", "reference.png"),
                        (in, a) -> {
                            Image reference = ImageFiles.read(a.file("reference"));
                            if (reference.channels() != in.channels()) {
                                reference = in.channels() == 1 ? Gray.of(reference) : Gray.toRgb(reference);
                            }
                            return HistogramMatching.apply(in, reference);
                        }),
                ImageOp.of("brightness", "add beta to every channel, saturated",
                        List.of(new OpOption("beta", "40", "the shift in gray levels, may be negative")),
                        (in, a) -> ColorAdjust.brightness(in, a.number("beta"))),
                ImageOp.of("contrast", "stretch about the mean gray level by alpha, saturated",
                        List.of(new OpOption("alpha", "1.6", "above 1 more contrast, below 1 less")),
                        (in, a) -> ColorAdjust.contrast(in, a.number("alpha"))),
                ImageOp.of("saturation", "scale the HSV saturation (OpenCV's 8-bit HSV, H in 0..179)",
                        List.of(new OpOption("factor", "1.8", "0 gives gray, above 1 more vivid")),
                        (in, a) -> ColorAdjust.saturation(in, a.number("factor"))),
                ImageOp.of("gamma", "255 (v / 255)^gamma",
                        List.of(new OpOption("gamma", "0.5", "below 1 brightens the dark levels")),
                        (in, a) -> ColorAdjust.gamma(in, a.number("gamma"))));
    }
}
