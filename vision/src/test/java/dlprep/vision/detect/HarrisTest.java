package dlprep.vision.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlprep.vision.filter.BorderMode;
import dlprep.vision.image.Image;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarrisTest {

    @Test
    void anEdgeHasANegativeResponse() {
        // 3x3, column 2 is 200: at the centre Ix = 4 * 200 = 800, scaled by 1 / (2^2 * 1 * 255):
        // 0.784314; Iy = 0. blockSize 1: M = [0.615148, 0; 0, 0], R = 0 - 0.04 * 0.615148^2 = -0.0151363.
        // OpenCV 4.6 cornerHarris(img, 1, 3, 0.04) gives -0.0151362885 there.
        Image img = Image.gray(new int[][] {{0, 0, 200}, {0, 0, 200}, {0, 0, 200}});
        Image r = Harris.response(img, 1, 3, 0.04, BorderMode.DEFAULT);
        assertEquals(-0.0151363f, r.get(0, 1, 1), 1e-6f);
    }

    @Test
    void theCornersOfASquareAreFound() {
        // A 4x4 white square at (4..7, 4..7) in a 12x12 black image: four corners, one near each of its corners.
        int[][] rows = new int[12][12];
        for (int y = 4; y < 8; y++) {
            for (int x = 4; x < 8; x++) {
                rows[y][x] = 255;
            }
        }
        Image r = Harris.response(Image.gray(rows), 3, 3, 0.04, BorderMode.DEFAULT);
        List<Harris.Corner> corners = Harris.corners(r, 0.1);
        assertEquals(4, corners.size(), corners.toString());
        int[][] expected = {{4, 4}, {7, 4}, {4, 7}, {7, 7}};
        for (int[] e : expected) {
            assertTrue(corners.stream().anyMatch(c -> Math.abs(c.x() - e[0]) <= 1 && Math.abs(c.y() - e[1]) <= 1),
                    "no corner near " + e[0] + "," + e[1] + ": " + corners);
        }
        // a flat image responds nowhere
        assertEquals(0, Harris.corners(Harris.response(Image.blank(5, 5, 1, Image.Depth.U8), 3, 3, 0.04,
                BorderMode.DEFAULT), 0.1).size());
    }
}
