package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.model.Span;
import hamish.model.TagKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkStoreTest {

    @TempDir
    Path dir;

    /** The database a test names: a file here; a fresh PostgreSQL database, the same for the same name, in PgLinkStoreTest. */
    String target(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void roundTripsALinkOfEveryTypeAndFindsThemByEitherEnd() {
        try (Stores stores = Stores.open(target("links.db"))) {
            long[] ids = annotations(stores, 5);
            List<Link> stored = new ArrayList<>();
            LinkType[] types = LinkType.values();
            for (int i = 0; i < types.length; i++) {
                stored.add(stores.links().insert(new Link(0, ids[0], ids[i + 1], types[i], "ملاحظة " + i, Fixtures.NOW, "annotator " + i)));
            }

            assertEquals(stored, stores.links().list());
            assertEquals(stored, stores.links().forAnnotation(ids[0]));
            assertEquals(List.of(stored.get(1)), stores.links().forAnnotation(ids[2]));

            stores.links().delete(stored.get(0).id());
            assertEquals(stored.subList(1, stored.size()), stores.links().list());
            assertEquals(stored.get(0), stores.links().restore(stored.get(0)));
            assertEquals(stored, stores.links().list());
        }
    }

    @Test
    void refusesALinkToAMissingAnnotation() {
        try (Stores stores = Stores.open(target("missing.db"))) {
            long[] ids = annotations(stores, 1);

            StoreException refused = assertThrows(StoreException.class,
                    () -> stores.links().insert(new Link(0, ids[0], 404, LinkType.OTHER, "", null)));

            assertEquals("annotation 404 does not exist; the link was not saved", refused.getMessage());
        }
    }

    @Test
    void deletingAnAnnotationDeletesItsLinks() {
        try (Stores stores = Stores.open(target("cascade.db"))) {
            long[] ids = annotations(stores, 3);
            stores.links().insert(new Link(0, ids[0], ids[1], LinkType.SAME_CLAIM, "", null));
            Link kept = stores.links().insert(new Link(0, ids[1], ids[2], LinkType.CONTRADICTS, "", null));

            stores.annotations().delete(ids[0]);

            assertEquals(List.of(kept), stores.links().list());
        }
    }

    /** {@code n} annotations on one-word spans of a new document. */
    private static long[] annotations(Stores stores, int n) {
        String text = "كلمة ".repeat(n).strip();
        Document d = stores.documents().insert(Fixtures.document("روابط", text));
        long tag = stores.tags().insert(Fixtures.tag("ادعاء", TagKind.CLAIM)).id();
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = stores.annotations().insert(Annotation.of(d.id(), text, new Span(i * 5, i * 5 + 4), tag, "", Fixtures.NOW)).id();
        }
        return ids;
    }
}
