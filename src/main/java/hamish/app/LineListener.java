package hamish.app;

/** Hears of each line of a {@code --from} input, in order, once its fate is known: what was stored, or why not. */
public interface LineListener<R> {
    void stored(long line, R result);

    void bad(long line, String problem);
}
