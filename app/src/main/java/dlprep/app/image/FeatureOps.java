package dlprep.app.image;

import dlprep.vision.color.Gray;
import dlprep.vision.descriptor.Hog;
import dlprep.vision.descriptor.Lbp;
import dlprep.vision.geometry.Point2d;
import dlprep.vision.geometry.Transform2d;
import dlprep.vision.geometry.TransformEstimation;
import dlprep.vision.geometry.Warp;
import dlprep.vision.image.Image;
import dlprep.vision.image.ImageFiles;
import dlprep.vision.sift.Keypoint;
import dlprep.vision.sift.Sift;
import dlprep.vision.sift.SiftDemo;
import dlprep.vision.sift.SiftPictures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The geometric warps and the feature detectors and descriptors (SIFT, HOG, LBP) of {@code dlprep image}. */
final class FeatureOps {

    private FeatureOps() {
    }

    static List<ImageOp> all() {
        return List.of(
                ImageOp.of("warp", "affine or perspective warp by inverse mapping (OpenCV's warpAffine/warpPerspective)",
                        List.of(new OpOption("matrix", "none", "6 numbers a,b,c,d,e,f (affine) or 9 (homography), row by row, mapping input to output"),
                                new OpOption("to", "none", "where the corners go: 6 numbers (top-left, top-right, bottom-left: affine) or 8 (all four clockwise from top-left: perspective)"),
                                new OpOption("angle", "30", "without --matrix or --to: degrees counter-clockwise about the centre"),
                                new OpOption("scale", "1", "without --matrix or --to: scale about the centre"),
                                new OpOption("interpolation", "bilinear", "nearest or bilinear"),
                                OpOption.border("constant"),
                                new OpOption("border-value", "0", "the gray level outside the input with --border constant")),
                        FeatureOps::warp).withDemoArgs("--to", "14,6,226,20,232,150,6,138"),
                ImageOp.of("sift", "SIFT keypoints drawn as circles of radius 2 sigma with their orientation",
                        List.of(new OpOption("contrast", "0.04", "OpenCV's contrastThreshold (|D| >= contrast / 3)"),
                                new OpOption("edge", "10", "largest ratio of principal curvatures kept (Lowe's r)"),
                                new OpOption("double", "true", "double the input first (more, smaller keypoints)"),
                                new OpOption("print", "false", "also print each keypoint: x y sigma angle(degrees) response"),
                                new OpOption("descriptors", "false", "with --print: the 128 descriptor values after each keypoint")),
                        (in, a) -> {
                            Sift.Options lowe = Sift.Options.DEFAULT;
                            Sift sift = new Sift(new Sift.Options(lowe.intervals(), lowe.sigma(), a.flag("double"),
                                    a.number("contrast"), a.number("edge")));
                            Sift.Features features = sift.detectAndDescribe(in);
                            if (a.flag("print")) {
                                for (int i = 0; i < features.keypoints().size(); i++) {
                                    Keypoint k = features.keypoints().get(i);
                                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.3f %.3f %.4f %.2f %.5f",
                                            k.x(), k.y(), k.sigma(), Math.toDegrees(k.angle()), k.response()));
                                    if (a.flag("descriptors")) {
                                        for (float v : features.descriptors()[i]) {
                                            line.append(String.format(Locale.ROOT, " %.5f", v));
                                        }
                                    }
                                    System.out.println(line);
                                }
                            }
                            return SiftPictures.keypoints(in, features.keypoints());
                        }),
                ImageOp.of("sift-match", "SIFT matches with a second image (ratio test, RANSAC homography printed); green inliers, red outliers",
                        List.of(new OpOption("with", null, "the second image"),
                                new OpOption("ratio", "0.8", "Lowe's ratio test threshold")),
                        (in, a) -> report(SiftDemo.match(in, ImageFiles.read(a.file("with")), null, a.number("ratio"))))
                        .withDemoArgs("--with", "warp.png"),
                ImageOp.of("sift-demo", "SIFT matches of the input with its copy turned 30 degrees and scaled 0.8; prints inliers and the homography error",
                        List.of(), (in, a) -> report(SiftDemo.run(in))),
                ImageOp.of("hog", "HOG cell histograms (8x8 cells, 9 bins) drawn as lines along the edges",
                        List.of(), (in, a) -> Hog.render(Hog.cellHistograms(in))),
                ImageOp.of("lbp", "local binary pattern of each interior pixel (2 pixels smaller than the input)",
                        List.of(new OpOption("mode", "code", "code (0..255), ri (smallest rotation), uniform (59 labels x 4), riu2 (10 labels x 25)")),
                        FeatureOps::lbp));
    }

    private static Image warp(Image in, OpArgs a) {
        boolean matrix = !a.text("matrix").equals("none");
        boolean corners = !a.text("to").equals("none");
        if (matrix && corners) {
            throw new IllegalArgumentException("warp: give --matrix or --to, not both");
        }
        Transform2d t;
        if (matrix) {
            double[] m = numbers(a.text("matrix"), "matrix", 6, 9);
            t = m.length == 6 ? Transform2d.affine(m[0], m[1], m[2], m[3], m[4], m[5]) : Transform2d.perspective(m);
        } else if (corners) {
            double[] to = numbers(a.text("to"), "to", 6, 8);
            double r = in.width() - 1;
            double b = in.height() - 1;
            List<Point2d> from = to.length == 6
                    ? List.of(new Point2d(0, 0), new Point2d(r, 0), new Point2d(0, b))
                    : List.of(new Point2d(0, 0), new Point2d(r, 0), new Point2d(r, b), new Point2d(0, b));
            List<Point2d> targets = new ArrayList<>();
            for (int i = 0; i < to.length; i += 2) {
                targets.add(new Point2d(to[i], to[i + 1]));
            }
            t = to.length == 6 ? TransformEstimation.affine(from, targets) : TransformEstimation.homography(from, targets);
        } else {
            t = Transform2d.rotationAbout((in.width() - 1) / 2.0, (in.height() - 1) / 2.0, a.number("angle"), a.number("scale"));
        }
        Warp.Interpolation interpolation = a.choice("interpolation", "nearest", "bilinear").equals("nearest")
                ? Warp.Interpolation.NEAREST : Warp.Interpolation.BILINEAR;
        return Warp.warp(in, t, in.width(), in.height(), interpolation, a.border("border"), (float) a.number("border-value"));
    }

    private static Image lbp(Image in, OpArgs a) {
        String mode = a.choice("mode", "code", "ri", "uniform", "riu2");
        Image codes = Lbp.codes(Gray.of(in));
        float[] v = codes.data();
        for (int i = 0; i < v.length; i++) {
            int code = (int) v[i];
            v[i] = switch (mode) {
                case "ri" -> Lbp.rotationInvariant(code);
                case "uniform" -> 4 * Lbp.uniformLabel(code);
                case "riu2" -> 25 * Lbp.riu2(code);
                default -> code;
            };
        }
        return codes;
    }

    /**
     * Prints the match summary and the homography (the op's output file is the picture). Printed to standard
     * output because an op returns only its image (the same for the sift op's keypoint list).
     */
    private static Image report(SiftDemo.Report r) {
        System.out.printf(Locale.ROOT, "keypoints %d and %d, ratio-test matches %d, RANSAC inliers %d%n",
                r.keypointsA(), r.keypointsB(), r.matches(), r.inliers());
        System.out.println("homography " + r.estimate());
        if (r.truth() != null) {
            System.out.println("true       " + r.truth().normalised());
            System.out.printf(Locale.ROOT, "corner error %.3f px (largest distance between the corners mapped by the two)%n",
                    r.cornerError());
        }
        return r.picture();
    }

    private static double[] numbers(String text, String option, int... counts) {
        String[] parts = text.split(",");
        double[] out = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                out[i] = Double.parseDouble(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("warp: --" + option + " must be comma-separated numbers, got '" + text + "'");
        }
        for (int c : counts) {
            if (out.length == c) {
                return out;
            }
        }
        throw new IllegalArgumentException("warp: --" + option + " needs " + counts[0] + " or " + counts[1]
                + " numbers, got " + out.length);
    }
}
