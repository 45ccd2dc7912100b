package dlprep.app.image;

import dlprep.vision.image.Image;
import dlprep.vision.image.ImageFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code dlprep image <op> [options] in.png out.png}: applies one operation of the {@link ImageOps}
 * registry to an image file and writes the result atomically (a failure never leaves a half-written file).
 * Each op declares its own options, so they are parsed here rather than by picocli; a bad file, op or
 * option is one line naming it.
 */
@Command(name = "image",
        customSynopsis = {"dlprep image <op> [--option value ...] IN OUT", "dlprep image list | demo [--out DIR]"},
        description = {"Classic image processing (filters, edges, corners, histograms, pyramids, warps, SIFT, HOG, LBP)"
                + " on PNG or JPEG files.",
                "`dlprep image list` lists the ops and their options, `dlprep image <op> --help` shows one."},
        subcommands = {ImageCommand.ListOps.class, DemoCommand.class})
public final class ImageCommand implements Callable<Integer> {

    @Unmatched
    List<String> args = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (args.isEmpty() || isHelp(args.get(0))) {
            spec.commandLine().usage(out);
            return 0;
        }
        ImageOp op = ImageOps.find(args.get(0));
        List<String> options = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (isHelp(a)) {
                out.print(help(op));
                out.flush();
                return 0;
            }
            if (a.startsWith("--")) {
                options.add(a);
                if (!a.contains("=") && i + 1 < args.size()) {
                    options.add(args.get(++i));
                }
            } else {
                files.add(a);
            }
        }
        if (files.size() != 2) {
            throw new IllegalArgumentException(op.name() + ": give an input and an output file, e.g. dlprep image "
                    + op.name() + " [options] in.png out.png (got " + files.size() + " file names)");
        }
        OpArgs parsed = OpArgs.parse(op, options, Path.of(""));
        Path in = Path.of(files.get(0));
        Path to = Path.of(files.get(1));
        Image source = ImageFiles.read(in);
        Image result = op.apply().apply(source, parsed);
        ImageFiles.write(result, to);
        out.printf(Locale.ROOT, "%s: %s %s -> %s %s%n", op.name(), in, describe(source), to, describe(result));
        out.flush();
        return 0;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    static String describe(Image image) {
        return image.width() + "x" + image.height() + (image.channels() == 1 ? " gray" : " rgb");
    }

    /** One op's usage: its summary and options with their defaults. */
    static String help(ImageOp op) {
        StringBuilder s = new StringBuilder();
        s.append("dlprep image ").append(op.name()).append(" [options] in.png out.png\n  ").append(op.summary()).append('\n');
        for (OpOption o : op.options()) {
            s.append(String.format(Locale.ROOT, "  --%-12s %s%s%n", o.name(), o.description(),
                    o.defaultValue() == null ? " (required)" : " (default " + o.defaultValue() + ")"));
        }
        return s.toString();
    }

    /** {@code dlprep image list}: every op with its summary and options. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the image ops and their options.")
    public static final class ListOps implements Runnable {

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            int width = ImageOps.all().stream().mapToInt(op -> op.name().length()).max().orElse(0);
            for (ImageOp op : ImageOps.all()) {
                out.printf(Locale.ROOT, "%-" + width + "s  %s%n", op.name(), op.summary());
                String options = OpArgs.optionList(op);
                out.printf(Locale.ROOT, "%-" + width + "s    options: %s%n", "", options);
            }
            out.flush();
        }
    }
}
