package dlprep.engine.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the first {@code n} examples of each Fashion-MNIST split into gzip IDX files of the usual names:
 * how {@code src/test/resources/fashion-mnist-subset} was made (see the README there). Run from the
 * repository root after {@code mvn -pl engine test-compile}:
 * <pre>
 * java -cp engine/target/classes:engine/target/test-classes dlprep.engine.data.FashionMnistSubset \
 *     /usr/share/datasets/fashion-mnist engine/src/test/resources/fashion-mnist-subset 500
 * </pre>
 */
public final class FashionMnistSubset {

    private FashionMnistSubset() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: FashionMnistSubset SOURCE_DIR TARGET_DIR N");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    }

    static void write(Path source, Path target, int n) throws IOException {
        for (String split : new String[] {"train", "t10k"}) {
            String images = split + "-images-idx3-ubyte.gz";
            String labels = split + "-labels-idx1-ubyte.gz";
            Idx.writeImages(target.resolve(images), Idx.readImages(source.resolve(images)).head(n), true);
            Idx.writeLabels(target.resolve(labels), Arrays.copyOf(Idx.readLabels(source.resolve(labels)), n), true);
        }
    }
}
