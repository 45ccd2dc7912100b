package dlprep.app.image;

import dlprep.vision.image.Image;
import java.io.IOException;
import java.util.List;

/**
 * One operation of {@code dlprep image}: its name on the command line, a one-line summary, the options it
 * takes (with defaults), the options the demo gallery runs it with (files named there are read from the
 * gallery folder), and what it does to an image.
 */
public record ImageOp(String name, String summary, List<OpOption> options, List<String> demoArgs, Apply apply) {

    /** Applies the operation to the input image with its parsed options. */
    @FunctionalInterface
    public interface Apply {
        Image apply(Image in, OpArgs args) throws IOException;
    }

    /** An op whose gallery image uses the default options. */
    public static ImageOp of(String name, String summary, List<OpOption> options, Apply apply) {
        return new ImageOp(name, summary, options, List.of(), apply);
    }

    /** The same op shown in the gallery with {@code args} instead of its defaults. */
    public ImageOp withDemoArgs(String... args) {
        return new ImageOp(name, summary, options, List.of(args), apply);
    }
}
