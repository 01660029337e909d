package hamish.io;

import hamish.model.Document;
import hamish.store.DocumentStore;
import hamish.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports article files into the store, each file in its own transaction: a refused or failing file
 * never leaves half a document behind and never stops the files after it. The same text imported
 * twice (same SHA-256 of the stored form) is reported as a duplicate, not stored again.
 */
public final class DocumentImporter {

    private final DocumentStore documents;
    private final Clock clock;

    public DocumentImporter(DocumentStore documents) {
        this(documents, Clock.systemUTC());
    }

    public DocumentImporter(DocumentStore documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    public ImportOutcome importFile(Path file) {
        ImportedArticle article;
        try {
            article = HtmlArticleReader.isHtml(file) ? HtmlArticleReader.read(file) : ArticleFileReader.read(file);
        } catch (ImportException e) {
            return ImportOutcome.refused(file, e.getMessage());
        }
        return save(file, article);
    }

    /**
     * Imports files and, recursively, the importable files of folders, in a stable order; {@code progress}
     * hears of each file as soon as it is done, on the calling thread.
     */
    public List<ImportOutcome> importAll(List<Path> filesOrFolders, Consumer<ImportOutcome> progress) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path file : expand(filesOrFolders, outcomes, progress)) {
            ImportOutcome outcome = importFile(file);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return outcomes;
    }

    /** The files {@link #importAll} would import, so a caller can show progress against a total. */
    public static List<Path> filesIn(List<Path> filesOrFolders) {
        return expand(filesOrFolders, new ArrayList<>(), o -> { });
    }

    /** Imports the bundled sample articles (first start of the window). */
    public List<ImportOutcome> importSamples() {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (String name : SampleArticles.list()) {
            Path label = Path.of(name);
            try {
                outcomes.add(save(label, SampleArticles.read(name)));
            } catch (ImportException e) {
                outcomes.add(ImportOutcome.refused(label, e.getMessage()));
            }
        }
        return outcomes;
    }

    private ImportOutcome save(Path file, ImportedArticle article) {
        try {
            Optional<Document> existing = documents.findByHash(article.contentHash());
            if (existing.isPresent()) {
                return ImportOutcome.duplicate(file, existing.get().id());
            }
            Document saved = documents.insert(article.toDocument(Instant.now(clock)));
            return ImportOutcome.imported(file, saved.id());
        } catch (StoreException e) {
            return ImportOutcome.refused(file, file.getFileName() + ": not saved: " + e.getMessage());
        }
    }

    private static List<Path> expand(List<Path> filesOrFolders, List<ImportOutcome> outcomes, Consumer<ImportOutcome> progress) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try {
                    files.addAll(ArticleFileReader.listImportable(p));
                } catch (ImportException e) {
                    ImportOutcome refused = ImportOutcome.refused(p, e.getMessage());
                    outcomes.add(refused);
                    progress.accept(refused);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
