package dlprep.vision.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Transform2dTest {

    static void assertPoint(double x, double y, Point2d p) {
        assertEquals(x, p.x(), 1e-12, "x of " + p);
        assertEquals(y, p.y(), 1e-12, "y of " + p);
    }

    @Test
    void rigidRotatesThenTranslatesAndKeepsDistances() {
        // 90 degrees sends (1, 0) to (0, 1); then + (3, 4).
        Transform2d t = Transform2d.rigid(Math.PI / 2, 3, 4);
        assertPoint(3, 5, t.apply(new Point2d(1, 0)));
        Point2d a = new Point2d(-2, 7);
        Point2d b = new Point2d(5, 1);
        assertEquals(a.distance(b), t.apply(a).distance(t.apply(b)), 1e-12);
    }

    @Test
    void similarityScalesLengthsUniformly() {
        Transform2d t = Transform2d.similarity(2, Math.PI / 2, 0, 0);
        assertPoint(0, 2, t.apply(new Point2d(1, 0)));
        assertPoint(-2, 0, t.apply(new Point2d(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> Transform2d.similarity(0, 0, 0, 0));
    }

    @Test
    void rotationAboutMatchesOpenCvGetRotationMatrix2D() {
        // getRotationMatrix2D((5, 2), 90, 1) = [0, 1, cx - cy; -1, 0, cx + cy] = [0, 1, 3; -1, 0, 7]
        // (OpenCV docs: alpha = cos, beta = sin, [alpha, beta, (1 - alpha) cx - beta cy; -beta, alpha, ...]).
        Transform2d t = Transform2d.rotationAbout(5, 2, 90, 1);
        double[] expected = {0, 1, 3, -1, 0, 7, 0, 0, 1};
        double[] m = t.matrix();
        for (int i = 0; i < 9; i++) {
            assertEquals(expected[i], m[i], 1e-12, "entry " + i);
        }
        assertPoint(5, 2, t.apply(new Point2d(5, 2)));
        // A point right of the centre goes up: counter-clockwise on a y-down screen.
        assertPoint(5, 1, t.apply(new Point2d(6, 2)));
    }

    @Test
    void thenAppliesThisTransformFirst() {
        // Translate (0, 0) to (1, 0), then rotate by 90 degrees about the origin: (0, 1).
        Transform2d t = Transform2d.translation(1, 0).then(Transform2d.rigid(Math.PI / 2, 0, 0));
        assertPoint(0, 1, t.apply(new Point2d(0, 0)));
        // The other order: rotate (0, 0) (stays), then translate: (1, 0).
        assertPoint(1, 0, Transform2d.rigid(Math.PI / 2, 0, 0).then(Transform2d.translation(1, 0))
                .apply(new Point2d(0, 0)));
    }

    @Test
    void perspectiveDividesByTheThirdCoordinate() {
        // w = 0.5 * 2 + 1 = 2, so (2, 2) goes to (2 / 2, 2 / 2).
        Transform2d h = Transform2d.perspective(1, 0, 0, 0, 1, 0, 0.5, 0, 1);
        assertFalse(h.isAffine());
        assertPoint(1, 1, h.apply(new Point2d(2, 2)));
    }

    @Test
    void inverseUndoesAffineAndPerspectiveTransforms() {
        Transform2d a = Transform2d.affine(2, 1, 3, -1, 4, 5);
        Transform2d h = Transform2d.perspective(1.2, 0.1, -3, 0.05, 0.9, 2, 0.001, -0.002, 1);
        for (Transform2d t : new Transform2d[] {a, h}) {
            Point2d p = new Point2d(17, -4);
            Point2d back = t.inverse().apply(t.apply(p));
            assertEquals(p.x(), back.x(), 1e-9);
            assertEquals(p.y(), back.y(), 1e-9);
        }
        // Closed form: [2 1; -1 4] has det 9, inverse [4 -1; 1 2] / 9.
        assertEquals(4.0 / 9, a.inverse().get(0, 0), 1e-15);
        assertTrue(a.inverse().isAffine());
    }

    @Test
    void singularTransformsHaveNoInverse() {
        // Second row = 2 x first row: the plane folds onto the line y = 2x.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Transform2d.affine(1, 2, 0, 2, 4, 0).inverse());
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Transform2d.perspective(1, 2, 3, 2, 4, 6, 0, 1, 1).inverse());
        assertThrows(IllegalArgumentException.class, () -> Transform2d.perspective(1, 0, 0, 0, 1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Transform2d.translation(Double.NaN, 0));
    }
}
