package dlprep.app.image;

import dlprep.engine.io.AtomicFiles;
import dlprep.vision.image.Image;
import dlprep.vision.image.ImageFiles;
import dlprep.vision.image.TestImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dlprep image demo [--out DIR]}: the gallery. Generates the {@link TestImage} (and a reference
 * image for histogram matching), runs every registered op on it with its demo options, and writes
 * {@code input.png}, {@code reference.png}, one {@code <op>.png} per op and {@code index.md}, a table of
 * the ops with the command that makes each image.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Writes a gallery of every image op applied to a generated test image, with an index.md.")
public final class DemoCommand implements Callable<Integer> {

    static final int WIDTH = 240;
    static final int HEIGHT = 160;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "image-demo", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the test image's noise (default: ${DEFAULT-VALUE})")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        Files.createDirectories(out);
        Image input = TestImage.generate(WIDTH, HEIGHT, seed);
        ImageFiles.write(input, out.resolve("input.png"));
        ImageFiles.write(TestImage.reference(WIDTH, HEIGHT), out.resolve("reference.png"));
        StringBuilder index = new StringBuilder();
        index.append("# dlprep image demo\n\n")
                .append(String.format(Locale.ROOT, "Every op on the generated test image `input.png` (%dx%d, seed %d).%n%n",
                        WIDTH, HEIGHT, seed))
                .append("| op | what it does | image | command |\n| --- | --- | --- | --- |\n");
        for (ImageOp op : ImageOps.all()) {
            long start = System.nanoTime();
            Image result;
            try {
                result = op.apply().apply(input, OpArgs.parse(op, op.demoArgs(), out));
            } catch (RuntimeException e) {
                throw new IllegalStateException("demo: op " + op.name() + " failed on the test image: " + e.getMessage(), e);
            }
            String file = op.name() + ".png";
            ImageFiles.write(result, out.resolve(file));
            String args = op.demoArgs().isEmpty() ? "" : String.join(" ", op.demoArgs()) + " ";
            index.append(String.format(Locale.ROOT, "| %s | %s | ![%s](%s) | `dlprep image %s %sinput.png %s` |%n",
                    op.name(), op.summary().replace("|", "\\|"), op.name(), file, op.name(), args, file));
            log.printf(Locale.ROOT, "%-18s %-13s %6.1f ms%n", file, ImageCommand.describe(result), (System.nanoTime() - start) / 1e6);
        }
        AtomicFiles.write(out.resolve("index.md"), o -> o.write(index.toString().getBytes(StandardCharsets.UTF_8)));
        log.printf(Locale.ROOT, "demo: %d ops on input.png written to %s (index.md lists them)%n", ImageOps.all().size(), out);
        log.flush();
        return 0;
    }
}
