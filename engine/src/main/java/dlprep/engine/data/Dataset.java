package dlprep.engine.data;

/**
 * A map-style data set, as PyTorch's {@code torch.utils.data.Dataset}: a known number of examples, each
 * reachable by index. A {@link DataLoader} reads it from a background thread, so {@link #get} must be
 * safe to call from a thread other than the one that made the data set (reading arrays is).
 */
public interface Dataset {

    /** The number of examples ({@code __len__}). */
    int size();

    /** Example {@code index}, for {@code 0 <= index < size()} ({@code __getitem__}). */
    Example get(int index);
}
