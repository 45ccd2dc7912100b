package dlprep.app.image;

import dlprep.vision.image.Image;
import dlprep.vision.pyramid.GaussianPyramid;
import dlprep.vision.pyramid.LaplacianPyramid;
import java.util.ArrayList;
import java.util.List;

/** Pyramids of {@code dlprep image}: one step down or up, and whole pyramids drawn side by side. */
final class PyramidOps {

    private PyramidOps() {
    }

    private static final OpOption LEVELS = new OpOption("levels", "4", "number of levels, the input included");

    static List<ImageOp> all() {
        return List.of(
                ImageOp.of("pyrdown", "blur with the 5x5 binomial kernel and keep even rows and columns (OpenCV's pyrDown)",
                        List.of(), (in, a) -> GaussianPyramid.down(in)),
                ImageOp.of("pyrup", "insert zeros and blur with 4 times the kernel: twice the size (OpenCV's pyrUp)",
                        List.of(), (in, a) -> GaussianPyramid.up(in)),
                ImageOp.of("gaussian-pyramid", "the Gaussian pyramid, levels side by side",
                        List.of(LEVELS), (in, a) -> Montage.row(GaussianPyramid.build(in, a.integer("levels")))),
                ImageOp.of("laplacian-pyramid", "the Laplacian pyramid side by side (detail levels shown as 128 + L)",
                        List.of(LEVELS), (in, a) -> Montage.row(shown(LaplacianPyramid.build(in, a.integer("levels"))))));
    }

    /** Detail levels are signed: shifted to mid-gray so both signs show; the top level is an image itself. */
    private static List<Image> shown(List<Image> pyramid) {
        List<Image> out = new ArrayList<>();
        for (int i = 0; i < pyramid.size(); i++) {
            Image level = pyramid.get(i).copy();
            if (i < pyramid.size() - 1) {
                for (int k = 0; k < level.data().length; k++) {
                    level.data()[k] += 128;
                }
            }
            out.add(level.toU8());
        }
        return out;
    }
}
