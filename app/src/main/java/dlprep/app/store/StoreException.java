package dlprep.app.store;

/**
 * The store cannot do what was asked; the message says why in words a reader can act on, naming the file. An
 * IllegalStateException, so the command line prints it as one line.
 */
public final class StoreException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
