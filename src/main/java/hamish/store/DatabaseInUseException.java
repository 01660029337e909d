package hamish.store;

/** Another Hamish window has the database open (it holds the file's {@link InstanceLock}); nothing was opened. */
public class DatabaseInUseException extends StoreException {

    public DatabaseInUseException(String message) {
        super(message);
    }
}
