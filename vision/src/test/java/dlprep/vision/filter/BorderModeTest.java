package dlprep.vision.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BorderModeTest {

    /** The row "abcdefgh" read from -3 to 10, as letters (a constant border shows as 'i'). */
    private static String extended(BorderMode mode) {
        StringBuilder s = new StringBuilder();
        for (int p = -3; p <= 10; p++) {
            int i = mode.index(p, 8);
            s.append(i < 0 ? 'i' : (char) ('a' + i));
        }
        return s.toString();
    }

    @Test
    void indicesMatchOpenCvsBorderPictures() {
        // The pictures of cv::BorderTypes, three pixels beyond each end.
        assertEquals("iiiabcdefghiii", extended(BorderMode.CONSTANT));
        assertEquals("aaaabcdefghhhh", extended(BorderMode.REPLICATE));
        assertEquals("cbaabcdefghhgf", extended(BorderMode.REFLECT));
        assertEquals("dcbabcdefghgfe", extended(BorderMode.REFLECT_101));
        assertEquals("fghabcdefghabc", extended(BorderMode.WRAP));
        assertEquals(BorderMode.REFLECT_101, BorderMode.DEFAULT);
    }

    @Test
    void reflectionsFartherThanTheImageKeepMirroring() {
        // Length 2 ("ab"): reflect-101 reads ...babab... and reflect ...abbaab...; length 1 always reads 0.
        int[] r101 = new int[7];
        int[] r = new int[7];
        for (int p = -3; p <= 3; p++) {
            r101[p + 3] = BorderMode.REFLECT_101.index(p, 2);
            r[p + 3] = BorderMode.REFLECT.index(p, 2);
        }
        assertArrayEquals(new int[] {1, 0, 1, 0, 1, 0, 1}, r101);
        assertArrayEquals(new int[] {1, 1, 0, 0, 1, 1, 0}, r);
        assertEquals(0, BorderMode.REFLECT_101.index(-5, 1));
    }

    @Test
    void padSurroundsAPlaneLikeCopyMakeBorder() {
        // 2x2 plane [[1, 2], [3, 4]], one pixel of replicate border all round.
        float[] p = BorderMode.REPLICATE.pad(new float[] {1, 2, 3, 4}, 0, 2, 2, 1, 1, 1, 1, 0);
        assertArrayEquals(new float[] {1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4}, p);
        float[] c = BorderMode.CONSTANT.pad(new float[] {1, 2, 3, 4}, 0, 2, 2, 0, 0, 1, 0, 9);
        assertArrayEquals(new float[] {9, 1, 2, 9, 3, 4}, c);
    }

    @Test
    void namesAreReadAsOpenCvSpellsThem() {
        assertEquals(BorderMode.REFLECT_101, BorderMode.parse("BORDER_REFLECT_101"));
        assertEquals(BorderMode.REFLECT_101, BorderMode.parse("reflect101"));
        assertEquals(BorderMode.REFLECT_101, BorderMode.parse("default"));
        assertEquals(BorderMode.WRAP, BorderMode.parse("wrap"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BorderMode.parse("mirror"));
        assertTrue(e.getMessage().contains("mirror"), e.getMessage());
    }
}
