package hamish.io;

import hamish.model.Document;
import hamish.store.DocumentStore;
import hamish.store.StoreException;
import hamish.text.SearchKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports article files into the store, each file all-or-nothing (its own transaction, or its own
 * savepoint inside a batch): a refused or failing file never leaves half a document behind and never
 * stops the files after it. The same text imported
 * twice (same SHA-256 of the stored form) is reported as a duplicate, not stored again.
 */
public final class DocumentImporter {

    /** A batch is committed after this many files or chars, whichever comes first; {@code import --help} quotes it. */
    public static final int BATCH_FILES = 64;
    private static final long BATCH_CHARS = 2_000_000;

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
        Read read = read(file);
        return read.refusal() != null ? read.refusal() : save(file, read.article());
    }

    /**
     * Imports files and, recursively, the importable files of folders, in a stable order. Files are
     * committed in batches (each file still all-or-nothing on its own); {@code progress} hears of each
     * file once its batch is committed, on the calling thread.
     */
    public List<ImportOutcome> importAll(List<Path> filesOrFolders, Consumer<ImportOutcome> progress) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> files = expand(filesOrFolders, outcomes, progress);
        int next = 0;
        while (next < files.size()) {
            List<Path> paths = new ArrayList<>();
            List<Read> reads = new ArrayList<>();
            long chars = 0;
            while (next < files.size() && paths.size() < BATCH_FILES && chars < BATCH_CHARS) {
                Path file = files.get(next++);
                Read read = read(file);
                paths.add(file);
                reads.add(read);
                chars += read.article() == null ? 0 : read.article().article().text().length();
            }
            List<ImportOutcome> batch = saveReads(paths, reads);
            outcomes.addAll(batch);
            batch.forEach(progress);
        }
        return outcomes;
    }

    private List<ImportOutcome> saveReads(List<Path> paths, List<Read> reads) {
        try {
            return documents.batch(() -> {
                List<ImportOutcome> saved = new ArrayList<>(paths.size());
                for (int i = 0; i < paths.size(); i++) {
                    Read read = reads.get(i);
                    saved.add(read.refusal() != null ? read.refusal() : save(paths.get(i), read.article(), read.index()));
                }
                return saved;
            });
        } catch (StoreException e) {
            // The commit itself failed (disk full, file moved): nothing of this batch was saved.
            List<ImportOutcome> refused = new ArrayList<>(paths.size());
            for (int i = 0; i < paths.size(); i++) {
                Read read = reads.get(i);
                refused.add(read.refusal() != null ? read.refusal()
                        : ImportOutcome.refused(paths.get(i), paths.get(i).getFileName() + ": not saved: " + e.getMessage()));
            }
            return refused;
        }
    }

    /**
     * Saves articles already read (the rows of a dataset) in one transaction, each all or nothing on its own; an
     * article whose text is already stored is a duplicate. Outcomes are named by each article's source label.
     */
    public List<ImportOutcome> saveBatch(List<ImportedArticle> articles) {
        return saveBatch(articles, java.util.Collections.nCopies(articles.size(), null));
    }

    /**
     * {@link #saveBatch(List)} with each article's search-index text worked out already (its title and text, see
     * {@link SearchKeys#indexText}), so the thread holding the database's lock does not: a dataset import does it
     * on its reading thread.
     */
    public List<ImportOutcome> saveBatch(List<ImportedArticle> articles, List<SearchKeys.IndexText> indexTexts) {
        List<Path> labels = articles.stream().map(ImportedArticle::source).toList();
        List<Read> reads = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            reads.add(new Read(articles.get(i), null, indexTexts.get(i)));
        }
        return saveReads(labels, reads);
    }

    /** A file read and parsed, or the reason it was refused; {@code index} its index text when worked out already. */
    private record Read(ImportedArticle article, ImportOutcome refusal, SearchKeys.IndexText index) {
        Read(ImportedArticle article, ImportOutcome refusal) {
            this(article, refusal, null);
        }
    }

    private static Read read(Path file) {
        try {
            return new Read(HtmlArticleReader.isHtml(file) ? HtmlArticleReader.read(file) : ArticleFileReader.read(file), null);
        } catch (ImportException e) {
            return new Read(null, ImportOutcome.refused(file, e.getMessage()));
        }
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
        return save(file, article, null);
    }

    private ImportOutcome save(Path file, ImportedArticle article, SearchKeys.IndexText index) {
        try {
            Optional<Document> existing = documents.findByHash(article.contentHash());
            if (existing.isPresent()) {
                return ImportOutcome.duplicate(file, existing.get().id());
            }
            Document document = article.toDocument(Instant.now(clock));
            Document saved = index == null ? documents.insert(document) : documents.insert(document, index);
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
                    FolderListing listing = ArticleFileReader.listFolder(p);
                    files.addAll(listing.files());
                    for (ImportOutcome refused : listing.refused()) {
                        outcomes.add(refused);
                        progress.accept(refused);
                    }
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
