package dlprep.app.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry of {@code dlprep image} operations, in the order {@code dlprep image list} and the gallery
 * show them. Each topic keeps its ops in its own class (one {@link ImageOp} entry per op); a new topic adds
 * its class here.
 */
public final class ImageOps {

    private static final List<ImageOp> ALL = collect(
            ToneOps.all(),
            FilterOps.all(),
            EdgeOps.all(),
            PyramidOps.all(),
            FeatureOps.all());

    private ImageOps() {
    }

    @SafeVarargs
    private static List<ImageOp> collect(List<ImageOp>... groups) {
        List<ImageOp> all = new ArrayList<>();
        Map<String, ImageOp> byName = new TreeMap<>();
        for (List<ImageOp> group : groups) {
            for (ImageOp op : group) {
                if (byName.put(op.name(), op) != null) {
                    throw new IllegalStateException("image ops: '" + op.name() + "' is registered twice");
                }
                all.add(op);
            }
        }
        return List.copyOf(all);
    }

    public static List<ImageOp> all() {
        return ALL;
    }

    /** The op called {@code name}; an unknown name is an error that says where the list is. */
    public static ImageOp find(String name) {
        for (ImageOp op : ALL) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown op '" + name + "'; `dlprep image list` lists the "
                + ALL.size() + " ops");
    }
}
