package hamish.io;
import hamish.model.*;
import hamish.store.DocumentStore;
import java.nio.file.*;
import java.util.*;
import java.util.function.Consumer;
// TEMPORARY UNCOMMITTED STUB (window helper) until the lead's DocumentImporter lands on main.
public class DocumentImporter {
    final DocumentStore d;
    public DocumentImporter(DocumentStore documents) { d = documents; }
    public ImportOutcome importFile(Path f) {
        try { ImportedArticle a = ArticleFileReader.read(f);
            Optional<Document> dup = d.findByHash(a.contentHash());
            if (dup.isPresent()) return new ImportOutcome(f, ImportOutcome.Status.DUPLICATE, dup.get().id(), "already imported");
            Document doc = d.insert(a.toDocument(java.time.Instant.now()));
            return new ImportOutcome(f, ImportOutcome.Status.IMPORTED, doc.id(), "");
        } catch (RuntimeException e) { return new ImportOutcome(f, ImportOutcome.Status.REFUSED, 0, e.getMessage()); }
    }
    public List<ImportOutcome> importAll(List<Path> ps, Consumer<ImportOutcome> progress) {
        List<ImportOutcome> r = new ArrayList<>();
        for (Path p : ps) { List<Path> fs = Files.isDirectory(p) ? ArticleFileReader.listImportable(p) : List.of(p);
            for (Path f : fs) { ImportOutcome o = importFile(f); r.add(o); progress.accept(o); } }
        return r;
    }
    public List<ImportOutcome> importSamples() { Path s = Path.of("/work/shared/seeds"); return Files.isDirectory(s) ? importAll(List.of(s), o -> { }) : List.of(); }
}
