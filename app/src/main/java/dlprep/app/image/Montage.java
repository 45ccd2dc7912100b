package dlprep.app.image;

import dlprep.vision.image.Image;
import java.util.List;

/** Images side by side, top-aligned, with a 2-pixel gap, on black: how a pyramid is drawn in one file. */
final class Montage {

    private static final int GAP = 2;

    private Montage() {
    }

    static Image row(List<Image> images) {
        int width = -GAP;
        int height = 0;
        int channels = 1;
        for (Image img : images) {
            width += img.width() + GAP;
            height = Math.max(height, img.height());
            channels = Math.max(channels, img.channels());
        }
        Image out = Image.blank(width, height, channels, Image.Depth.U8);
        int left = 0;
        for (Image img : images) {
            Image u8 = img.toDepth(Image.Depth.U8);
            for (int c = 0; c < channels; c++) {
                int from = Math.min(c, u8.channels() - 1);
                for (int y = 0; y < u8.height(); y++) {
                    for (int x = 0; x < u8.width(); x++) {
                        out.set(c, left + x, y, u8.get(from, x, y));
                    }
                }
            }
            left += img.width() + GAP;
        }
        return out;
    }
}
