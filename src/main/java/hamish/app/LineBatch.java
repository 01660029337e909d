package hamish.app;

import hamish.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The lines of a {@code --from} input waiting for their commit. Good lines are committed {@code size} at a time,
 * each batch in one transaction; bad lines wait too, so the listener hears of every line in input order, and of a
 * good one only once its batch is committed. A batch the store refuses is reported line by line as not saved.
 */
final class LineBatch<T, R> {

    /** A line waiting for its batch: good when {@code problem} is null. */
    private record Pending(long line, String problem) {
    }

    private final int size;
    private final Function<List<T>, List<R>> commitAll;
    private final LineListener<R> listener;
    private final List<T> items = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private int done;
    private int bad;

    /** {@code commitAll} stores a batch in one transaction and answers one result per item, in order. */
    LineBatch(int size, Function<List<T>, List<R>> commitAll, LineListener<R> listener) {
        this.size = size;
        this.commitAll = commitAll;
        this.listener = listener;
    }

    void add(long line, T item) {
        items.add(item);
        pending.add(new Pending(line, null));
        if (items.size() >= size) {
            commit();
        }
    }

    void bad(long line, String problem) {
        pending.add(new Pending(line, problem));
    }

    void commit() {
        List<R> saved = List.of();
        String failure = null;
        if (!items.isEmpty()) {
            try {
                saved = commitAll.apply(List.copyOf(items));
            } catch (StoreException | IllegalArgumentException e) {
                failure = "not saved: " + e.getMessage();
            }
        }
        int next = 0;
        for (Pending p : pending) {
            if (p.problem() != null) {
                bad++;
                listener.bad(p.line(), p.problem());
            } else if (failure != null) {
                bad++;
                listener.bad(p.line(), failure);
            } else {
                done++;
                listener.stored(p.line(), saved.get(next++));
            }
        }
        items.clear();
        pending.clear();
    }

    int done() {
        return done;
    }

    int bad() {
        return bad;
    }
}
