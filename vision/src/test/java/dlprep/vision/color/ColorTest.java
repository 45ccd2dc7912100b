package dlprep.vision.color;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlprep.vision.image.Image;
import org.junit.jupiter.api.Test;

class ColorTest {

    /** One row of RGB pixels. */
    private static Image row(int[]... pixels) {
        Image img = Image.blank(pixels.length, 1, 3, Image.Depth.U8);
        for (int x = 0; x < pixels.length; x++) {
            for (int c = 0; c < 3; c++) {
                img.set(c, x, 0, pixels[x][c]);
            }
        }
        return img;
    }

    private static int[] pixel(Image img, int x) {
        return new int[] {(int) img.get(0, x, 0), (int) img.get(1, x, 0), (int) img.get(2, x, 0)};
    }

    @Test
    void grayUsesOpenCvsFixedPointLumaWeights() {
        // (255 * 9798 + 16384) >> 15 = 76, (255 * 19235 + 16384) >> 15 = 150, (255 * 3735 + 16384) >> 15 = 29;
        // (71, 69, 112): (2441193 + 16384) >> 15 = 74.9993 -> 74 (the exact weighted sum is 74.50; the 2^14 weights
        // of OpenCV 3 would give 75).
        // OpenCV 4.6 RGB2GRAY gives 76, 150, 29, 74.
        Image g = Gray.of(row(new int[] {255, 0, 0}, new int[] {0, 255, 0}, new int[] {0, 0, 255}, new int[] {71, 69, 112}));
        assertArrayEquals(new float[] {76, 150, 29, 74}, g.data());
    }

    @Test
    void hsvFollowsOpenCvs8BitConvention() {
        // (200, 100, 50): V = 200, S = 255 * 150 / 200 = 191.25 -> 191, H = 60 (100 - 50) / 150 = 20 degrees -> 10;
        // yellow: H = 60 degrees -> 30; (10, 20, 30): V is blue, H = 240 + 60 (10 - 20) / 20 = 210 -> 105,
        // S = 255 * 20 / 30 = 170; black has S = 0. OpenCV 4.6 RGB2HSV gives the same bytes.
        Image hsv = Hsv.fromRgb(row(new int[] {200, 100, 50}, new int[] {255, 255, 0}, new int[] {10, 20, 30},
                new int[] {0, 0, 0}, new int[] {255, 0, 0}));
        assertArrayEquals(new int[] {10, 191, 200}, pixel(hsv, 0));
        assertArrayEquals(new int[] {30, 255, 255}, pixel(hsv, 1));
        assertArrayEquals(new int[] {105, 170, 30}, pixel(hsv, 2));
        assertArrayEquals(new int[] {0, 0, 0}, pixel(hsv, 3));
        assertArrayEquals(new int[] {0, 255, 255}, pixel(hsv, 4));
        // and back: these five come back exactly
        Image back = Hsv.toRgb(hsv);
        assertArrayEquals(new int[] {200, 100, 50}, pixel(back, 0));
        assertArrayEquals(new int[] {10, 20, 30}, pixel(back, 2));
        assertThrows(IllegalArgumentException.class, () -> Hsv.fromRgb(Image.gray(new int[][] {{1}})));
    }

    @Test
    void brightnessAndContrastSaturateAt255() {
        Image g = Image.gray(new int[][] {{100, 200, 250}});
        assertArrayEquals(new float[] {110, 210, 255}, ColorAdjust.brightness(g, 10).data());
        // mean (100 + 200 + 250) / 3 = 183.33; alpha 2: 183.33 + 2 (v - 183.33) = 16.67, 216.67, 316.67 -> 17, 217, 255
        assertArrayEquals(new float[] {17, 217, 255}, ColorAdjust.contrast(g, 2).data());
    }

    @Test
    void saturationZeroLeavesTheValueAsGray() {
        // S scaled to 0: every channel becomes V = max(200, 100, 50) = 200.
        assertArrayEquals(new int[] {200, 200, 200}, pixel(ColorAdjust.saturation(row(new int[] {200, 100, 50}), 0), 0));
        // factor 1 is the round trip, exact here
        assertArrayEquals(new int[] {200, 100, 50}, pixel(ColorAdjust.saturation(row(new int[] {200, 100, 50}), 1), 0));
    }

    @Test
    void gammaBelowOneBrightensTheDarkLevels() {
        // 255 sqrt(64 / 255) = 127.75 -> 128; 0 and 255 stay.
        assertArrayEquals(new float[] {0, 128, 255}, ColorAdjust.gamma(Image.gray(new int[][] {{0, 64, 255}}), 0.5).data());
        assertThrows(IllegalArgumentException.class, () -> ColorAdjust.gamma(Image.gray(new int[][] {{0}}), 0));
    }
}
