package dlprep.vision.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TestImageTest {

    @Test
    void sameSeedSamePixelsOtherSeedOtherNoise() {
        Image a = TestImage.generate(96, 64, 1);
        assertArrayEquals(a.data(), TestImage.generate(96, 64, 1).data());
        assertTrue(!Arrays.equals(a.data(), TestImage.generate(96, 64, 2).data()));
        assertEquals(3, a.channels());
        assertEquals(Image.Depth.U8, a.depth());
    }

    @Test
    void theShapesAreWhereTheyAreDrawn() {
        // The disc's centre (0.22 w, 0.32 h) is orange (240, 150, 40); the letters are white.
        Image img = TestImage.generate(200, 150, 7);
        assertEquals(240f, img.get(0, 44, 48));
        assertEquals(150f, img.get(1, 44, 48));
        assertEquals(40f, img.get(2, 44, 48));
        // The first letter 'D' starts with a full cell at (0.04 w, 0.66 h) = (8, 99).
        assertEquals(250f, img.get(0, 8, 99));
        assertThrows(IllegalArgumentException.class, () -> TestImage.generate(10, 10, 1));
    }
}
