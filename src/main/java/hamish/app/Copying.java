package hamish.app;

import hamish.io.DefaultTags;
import hamish.model.Tag;
import hamish.store.CorpusCopy;
import hamish.store.Database;
import hamish.store.PostgresTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Moves a whole corpus from one database to another ({@code hamish copy --from A --to B}): a SQLite file to a team
 * database on PostgreSQL and back, or file to file, keeping every id (see {@link CorpusCopy}, ADR 10). The source
 * must exist (a missing file is not created as an empty source); the target may be new (a file is created, an empty
 * PostgreSQL database gets its schema) or hold only what a new database holds: the default tags, which the source's
 * tags replace.
 */
public final class Copying {

    /** The copy's figures and how long it took, opening both databases included. */
    public record Outcome(CorpusCopy.Result result, Duration took) {
    }

    /** The request names no copy that can be made (the same database twice, a missing source file). */
    public static final class RefusedException extends RuntimeException {
        public RefusedException(String message) {
            super(message);
        }
    }

    private Copying() {
    }

    /**
     * Copies {@code from} into {@code to} (each a file path or a {@code postgresql://} URL) in one transaction on
     * the target, verified by counting and digesting every table on both sides before it commits.
     * Throws {@link CorpusCopy.TargetNotEmptyException} for a target with a corpus, {@link CorpusCopy.MismatchException}
     * when the target read back differs (nothing committed).
     */
    public static Outcome copy(String from, String to) {
        long start = System.nanoTime();
        refuseSameDatabase(from, to);
        if (!PostgresTarget.isUrl(from) && !Files.exists(Path.of(from))) {
            throw new RefusedException("cannot copy from " + from + ": no such file (the source must be an existing database)");
        }
        Set<String> defaultTags = new LinkedHashSet<>();
        for (Tag tag : DefaultTags.load().tags()) {
            defaultTags.add(tag.name());
        }
        try (Database source = Database.open(from); Database target = Database.open(to)) {
            CorpusCopy.Result result = CorpusCopy.copy(source, target, defaultTags);
            return new Outcome(result, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static void refuseSameDatabase(String from, String to) {
        boolean fromServer = PostgresTarget.isUrl(from);
        if (fromServer != PostgresTarget.isUrl(to)) {
            return;
        }
        boolean same;
        if (fromServer) {
            PostgresTarget a = PostgresTarget.parse(from);
            PostgresTarget b = PostgresTarget.parse(to);
            same = a.host().equalsIgnoreCase(b.host()) && a.port() == b.port() && a.database().equals(b.database());
        } else {
            Path a = Path.of(from);
            Path b = Path.of(to);
            try {
                same = Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                        : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
            } catch (IOException e) {
                same = false;
            }
        }
        if (same) {
            throw new RefusedException("cannot copy " + from + " into itself: --from and --to name the same database");
        }
    }
}
