package hamish.bench.support;

import hamish.app.Importing;
import hamish.model.Document;
import hamish.store.Stores;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A database as a user's library would be after some use: the default tags and the sample articles (what a
 * first start imports), then generated Arabic articles, inserted in batches of one transaction each.
 */
public final class LibraryDatabase {

    private static final int BATCH = 500;
    private static final String[] OUTLETS = {"الفجر", "مرايا الضفتين", "صوت الساحل", "الرائد", "أخبار المدينة"};

    private LibraryDatabase() {
    }

    /**
     * Creates {@code file} with the samples and {@code articles} generated articles of about {@code chars}
     * chars each; returns the id of the last one inserted.
     */
    public static long create(Path file, int articles, int chars, long seed) {
        ArabicTextGenerator generator = new ArabicTextGenerator(seed);
        try (Stores stores = Stores.open(file)) {
            Importing.prepareFirstRun(stores);
            long last = 0;
            for (int from = 0; from < articles; from += BATCH) {
                int to = Math.min(articles, from + BATCH);
                int first = from;
                last = stores.documents().batch(() -> {
                    long id = 0;
                    for (int i = first; i < to; i++) {
                        id = insert(stores, generator.article(chars), i);
                    }
                    return id;
                });
            }
            return last;
        }
    }

    /** Adds one generated article of about {@code chars} chars to {@code file}; returns its id. */
    public static long add(Path file, int chars, long seed) {
        try (Stores stores = Stores.open(file)) {
            return insert(stores, new ArabicTextGenerator(seed).article(chars), -1);
        }
    }

    private static long insert(Stores stores, String text, int n) {
        String title = text.substring(0, Math.min(200, text.indexOf('\n')));
        LocalDate published = LocalDate.of(2024, 1, 1).plusDays(Math.floorMod(n, 700));
        return stores.documents().insert(new Document(0, title, OUTLETS[Math.floorMod(n, OUTLETS.length)], published, "ar",
                text, ContentHash.of(text), Instant.now())).id();
    }
}
