package dlprep.engine.data;

import dlprep.engine.tensor.Tensor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fashion-MNIST (Xiao, Rasul and Vollgraf, 2017, Zalando Research; MIT licence): 70,000 grey 28x28 images
 * of clothing in ten classes, 60,000 for training and 10,000 for testing, in the IDX format of MNIST
 * ({@link Idx}). {@link #load} gives images {@code [N, 1, 28, 28]} in {@code [0, 1]} and labels {@code [N]}
 * holding the class index, as {@code torchvision.datasets.FashionMNIST} with {@code ToTensor()}.
 *
 * <p>The files are looked up in the {@link DataLocations}, first hit wins, gzip-compressed or raw. Where
 * there are none, they can be fetched from the official mirror ({@code dlprep data fetch}), installed
 * with Debian's {@code dataset-fashion-mnist} package, or copied into {@code $DLPREP_DATA}.
 */
public final class FashionMnist {

    public static final String NAME = "fashion-mnist";

    /** The class names, indexed by label. */
    public static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /**
     * The official mirror, as the Fashion-MNIST README links it. It is an S3 website endpoint, which serves
     * plain HTTP only (AWS, "Website endpoints"); the MD5 check below is what vouches for the content.
     */
    public static final URI MIRROR = URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");

    /** The four files and their MD5 checksums as published in the Fashion-MNIST README. */
    public static final Map<String, String> CHECKSUMS = checksums();

    private static final String IMAGES = "-images-idx3-ubyte";
    private static final String LABELS = "-labels-idx1-ubyte";

    private FashionMnist() {
    }

    /** The training set ({@code train = true}) or the test set, from the first location that has it. */
    public static TensorDataset load(boolean train) throws IOException {
        return load(DataLocations.fromEnvironment(), train);
    }

    /** As {@link #load(boolean)}, searching {@code where}. */
    public static TensorDataset load(DataLocations where, boolean train) throws IOException {
        for (DataLocations.Location loc : where.candidates(NAME)) {
            if (hasSplit(loc.dir(), train)) {
                return load(loc.dir(), train);
            }
        }
        throw notFound(train, where);
    }

    /** The training or test set from the files in {@code dir} (torchvision's {@code FashionMNIST(root, train)}). */
    public static TensorDataset load(Path dir, boolean train) throws IOException {
        Path images = file(dir, split(train) + IMAGES);
        Path labels = file(dir, split(train) + LABELS);
        if (images == null || labels == null) {
            throw new FileNotFoundException(dir + ": no " + split(train) + IMAGES + "[.gz] and " + split(train)
                    + LABELS + "[.gz] here");
        }
        TensorDataset data = Idx.readDataset(images, labels);
        float[] y = data.labels().floatData();
        for (int i = 0; i < y.length; i++) {
            if (y[i] >= CLASSES.size()) {
                throw new IOException(labels + ": label " + (int) y[i] + " of example " + i
                        + " is not a Fashion-MNIST class (0 to " + (CLASSES.size() - 1) + ")");
            }
        }
        return data;
    }

    /** The class name of each label in {@code labels} (d2l's {@code get_fashion_mnist_labels}). */
    public static List<String> textLabels(Tensor labels) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.numel(); i++) {
            out.add(CLASSES.get((int) labels.getFlat(i)));
        }
        return out;
    }

    // ---------------------------------------------------------------- status

    /** What one file in a location is: absent, or its content ({@code "60000 images of 28x28"}), or why it is broken. */
    public record FileStatus(String name, Path path, boolean ok, String detail) {
    }

    /** What one location holds, and whether {@link #load} would take the training and the test set from it. */
    public record LocationStatus(DataLocations.Location location, List<FileStatus> files,
                                 boolean usedForTrain, boolean usedForTest) {
    }

    /**
     * Looks at every location in lookup order and checks each file it has completely (gzip and IDX
     * structure, counts); used by {@code dlprep data status}.
     */
    public static List<LocationStatus> status(DataLocations where) {
        List<LocationStatus> out = new ArrayList<>();
        boolean trainFound = false;
        boolean testFound = false;
        for (DataLocations.Location loc : where.candidates(NAME)) {
            List<FileStatus> files = new ArrayList<>();
            for (String name : List.of("train" + IMAGES, "train" + LABELS, "t10k" + IMAGES, "t10k" + LABELS)) {
                Path p = file(loc.dir(), name);
                if (p == null) {
                    files.add(new FileStatus(name, null, false, "missing"));
                    continue;
                }
                try {
                    files.add(new FileStatus(name, p, true, Idx.check(p).describe()));
                } catch (IOException e) {
                    files.add(new FileStatus(name, p, false, e.getMessage()));
                }
            }
            boolean train = !trainFound && hasSplit(loc.dir(), true);
            boolean test = !testFound && hasSplit(loc.dir(), false);
            trainFound |= train;
            testFound |= test;
            out.add(new LocationStatus(loc, files, train, test));
        }
        return out;
    }

    /** {@link #status} as text, one block per location. */
    public static String report(List<LocationStatus> status) {
        StringBuilder s = new StringBuilder("Fashion-MNIST, locations in lookup order (the first with a split is used):\n");
        boolean any = false;
        for (LocationStatus loc : status) {
            s.append("  ").append(loc.location().dir()).append("  [").append(loc.location().source()).append(']');
            if (loc.usedForTrain() || loc.usedForTest()) {
                s.append("  <- used for ").append(loc.usedForTrain() && loc.usedForTest() ? "train and test"
                        : loc.usedForTrain() ? "train" : "test");
                any = true;
            }
            s.append('\n');
            if (loc.files().stream().noneMatch(f -> f.path() != null)) {
                s.append("      nothing here\n");
                continue;
            }
            for (FileStatus f : loc.files()) {
                s.append("      ").append(f.path() != null ? f.path().getFileName() : f.name()).append(": ")
                        .append(f.ok() ? f.detail() : f.path() == null ? "missing" : "ERROR " + f.detail()).append('\n');
            }
        }
        if (!any) {
            s.append(waysToGetIt());
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- fetch

    /** Downloads the four files from {@code mirror} (normally {@link #MIRROR}) into {@code targetDir}, verified by {@link #CHECKSUMS}. */
    public static void fetch(Path targetDir, URI mirror, Download.Progress progress) throws IOException {
        fetch(targetDir, mirror, CHECKSUMS, progress);
    }

    /**
     * Downloads each file of {@code checksums} (name to MD5) from {@code mirror} into {@code targetDir},
     * each verified and written atomically; a file already there with the right checksum is kept. A failure
     * names the file and says how else to get the data.
     */
    public static void fetch(Path targetDir, URI mirror, Map<String, String> checksums, Download.Progress progress)
            throws IOException {
        URI base = mirror.toString().endsWith("/") ? mirror : URI.create(mirror + "/");
        for (Map.Entry<String, String> e : checksums.entrySet()) {
            Path target = targetDir.resolve(e.getKey());
            if (Files.isRegularFile(target) && Download.md5(target).equalsIgnoreCase(e.getValue())) {
                long size = Files.size(target);
                progress.update(e.getKey(), size, size);
                continue;
            }
            try {
                Download.toFile(base.resolve(e.getKey()), target, e.getValue(), progress);
            } catch (IOException failure) {
                throw new IOException("fetch " + e.getKey() + ": " + failure.getMessage() + ".\n"
                        + "Other ways to get Fashion-MNIST, offline too:\n"
                        + "  - apt-get install dataset-fashion-mnist (Debian/Ubuntu; installs into "
                        + DataLocations.SYSTEM_DIR + "/" + NAME + "), or\n"
                        + "  - copy the four .gz files from another machine into $" + DataLocations.ENV + "/" + NAME
                        + " or ~/.dlprep/data/" + NAME, failure);
            }
        }
    }

    // ---------------------------------------------------------------- files

    private static String split(boolean train) {
        return train ? "train" : "t10k";
    }

    private static boolean hasSplit(Path dir, boolean train) {
        return file(dir, split(train) + IMAGES) != null && file(dir, split(train) + LABELS) != null;
    }

    /** {@code dir/name.gz} or else {@code dir/name}, whichever exists first, or null. */
    private static Path file(Path dir, String name) {
        for (Path p : List.of(dir.resolve(name + ".gz"), dir.resolve(name))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static FileNotFoundException notFound(boolean train, DataLocations where) {
        StringBuilder s = new StringBuilder("Fashion-MNIST (" + (train ? "training" : "test") + " set) not found: no "
                + split(train) + IMAGES + "[.gz] and " + split(train) + LABELS + "[.gz] in\n");
        for (DataLocations.Location loc : where.candidates(NAME)) {
            s.append("  ").append(loc.dir()).append("  [").append(loc.source()).append("]\n");
        }
        return new FileNotFoundException(s.append(waysToGetIt()).toString());
    }

    private static String waysToGetIt() {
        return "Three ways to get Fashion-MNIST:\n"
                + "  1. dlprep data fetch                      (downloads it from the official mirror)\n"
                + "  2. apt-get install dataset-fashion-mnist  (Debian/Ubuntu; installs into "
                + DataLocations.SYSTEM_DIR + "/" + NAME + ")\n"
                + "  3. put the four files (train-/t10k-images-idx3-ubyte, train-/t10k-labels-idx1-ubyte, .gz or raw)"
                + " in $" + DataLocations.ENV + "/" + NAME + " or in $" + DataLocations.ENV + "\n";
    }

    private static Map<String, String> checksums() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("train" + IMAGES + ".gz", "8d4fb7e6c68d591d4c3dfef9ec88bf0d");
        m.put("train" + LABELS + ".gz", "25c81989df183df01b3e8a0aad5dffbe");
        m.put("t10k" + IMAGES + ".gz", "bef4ecab320f06d8554ea6380940ec79");
        m.put("t10k" + LABELS + ".gz", "bb300cfdad3c16e7a12a480ee83cd310");
        return Collections.unmodifiableMap(m);
    }
}
