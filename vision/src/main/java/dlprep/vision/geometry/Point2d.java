package dlprep.vision.geometry;

/** A point of the image plane, in pixels: {@code x} to the right, {@code y} down (OpenCV's convention). */
public record Point2d(double x, double y) {

    public double distance(Point2d other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
