package hamish.app;

import hamish.io.LineSink;
import hamish.io.LinkLine;
import hamish.io.LinkLines;
import hamish.model.Link;
import hamish.store.Stores;
import java.io.BufferedReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Many links between annotations from a pipeline in one process ({@code hamish link --from FILE|-}): each line
 * names two annotations and how they relate; a line whose annotations do not exist is reported with its number
 * and skipped; a link stored already is not stored twice, so a pipeline can run again. The good lines are committed in batches, each one transaction, and reported once committed.
 */
public final class BatchLinking {

    public static final int BATCH_LINES = 500;

    private final Stores stores;
    private final Clock clock;

    public BatchLinking(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** Links every good line as {@code author}'s link. */
    public LineSummary run(BufferedReader in, String author, LineListener<Link> listener) {
        LineBatch<LinkLine, Link> batch = new LineBatch<>(BATCH_LINES, lines -> commit(lines, author), listener);
        LinkLines.read(in, new LineSink<>() {
            @Override
            public void line(LinkLine line) {
                for (long id : new long[] {line.from(), line.to()}) {
                    if (stores.annotations().get(id).isEmpty()) {
                        batch.bad(line.line(), "no annotation with id " + id);
                        return;
                    }
                }
                batch.add(line.line(), line);
            }

            @Override
            public void bad(long line, String problem) {
                batch.bad(line, problem);
            }
        });
        batch.commit();
        return new LineSummary(batch.done(), batch.bad());
    }

    /** The same link stored already (either way round): a pipeline run twice must not link everything twice. */
    private Optional<Link> existing(LinkLine line) {
        return stores.links().forAnnotation(line.from()).stream()
                .filter(l -> l.type() == line.type() && (l.fromAnnotationId() == line.to() || l.toAnnotationId() == line.to()))
                .findFirst();
    }

    private List<Link> commit(List<LinkLine> lines, String author) {
        return stores.inTransaction(() -> {
            List<Link> stored = new ArrayList<>();
            for (LinkLine line : lines) {
                stored.add(existing(line).orElseGet(() ->
                        stores.links().insert(new Link(0, line.from(), line.to(), line.type(), line.note(), clock.instant(), author))));
            }
            return stored;
        });
    }
}
