package dlprep.models;

/**
 * Dive into Deep Learning 7.2's trick for training a wide network on a CPU: divide every convolution's
 * channel count by a ratio (d2l uses 4 for VGG-11), keeping the layout. Ratio 1 is the published network.
 */
final class ChannelRatio {

    private ChannelRatio() {
    }

    /** {@code channels / ratio}; a ratio that does not divide the count is an error naming the model. */
    static int divide(String model, int channels, int ratio) {
        if (ratio < 1 || channels % ratio != 0) {
            throw new IllegalArgumentException(model + ": channel ratio " + ratio + " does not divide its "
                    + channels + " channels; use 1 (the published widths) or a divisor such as 2, 4 or 8");
        }
        return channels / ratio;
    }
}
