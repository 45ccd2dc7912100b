package dlprep.vision.sift;

/**
 * A SIFT keypoint in the input image's pixels: its refined position, its scale {@code sigma} (the blur of
 * the Gaussian image it was found in, so a blob of standard deviation sigma is found at about sigma; OpenCV's
 * {@code KeyPoint.size} is {@code 2 sigma}), its orientation in radians (direction of the dominant gradient,
 * measured from the x axis towards the y axis, so clockwise on a y-down screen), the contrast {@code |D|} at
 * the extremum, and where in the pyramid it lives ({@code octave} counts from the first, possibly doubled,
 * image; {@code layer} is the refined layer within the octave, 1..s).
 */
public record Keypoint(double x, double y, double sigma, double angle, double response, int octave, double layer) {
}
