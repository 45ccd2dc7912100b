package dlprep.app.store;

/** The store cannot do what was asked; the message says why in words a reader can act on (naming the file). */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
