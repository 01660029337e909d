package hamish.io;

/** Hears of the lines of a {@code --from} input in order: each one read, or why it could not be. */
public interface LineSink<T> {
    void line(T parsed);

    void bad(long line, String problem);
}
