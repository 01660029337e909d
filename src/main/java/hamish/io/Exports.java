package hamish.io;

import hamish.model.Document;
import hamish.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Export and annotation import, as the window and the command line call them. Exports write only inside
 * the chosen folder and never replace a file unless {@code overwrite} is set (see {@link SafeOutput}).
 */
public final class Exports {

    static final String CORPUS_STEM = "hamish-annotations";

    private Exports() {
    }

    /**
     * Exports the given documents (all when {@code documentIds} is empty) into {@code folder}; returns the
     * files written. Throws {@link ExportException} (file exists, folder not writable) or
     * {@code StoreException} (a document id that does not exist) with a message fit to show.
     */
    public static List<Path> export(Stores stores, ExportFormat format, Collection<Long> documentIds, Path folder,
                                    boolean overwrite, ExportProgress progress) {
        return export(stores, format, documentIds, folder, overwrite, progress, repair -> { });
    }

    /** As above; {@code repairs} hears, before anything is written, of each old annotation written widened to whole characters. */
    public static List<Path> export(Stores stores, ExportFormat format, Collection<Long> documentIds, Path folder,
                                    boolean overwrite, ExportProgress progress, Consumer<String> repairs) {
        return export(stores, format, documentIds, folder, overwrite, progress, Clock.systemUTC(), repairs);
    }

    static List<Path> export(Stores stores, ExportFormat format, Collection<Long> documentIds, Path folder, boolean overwrite,
                             ExportProgress progress, Clock clock) {
        return export(stores, format, documentIds, folder, overwrite, progress, clock, repair -> { });
    }

    /** As above, with only the annotations of {@code authors} (every author's when empty). */
    public static List<Path> export(Stores stores, ExportFormat format, Collection<Long> documentIds, Set<String> authors,
                                    Path folder, boolean overwrite, ExportProgress progress, Consumer<String> repairs) {
        return export(stores, format, documentIds, authors, folder, overwrite, progress, Clock.systemUTC(), repairs);
    }

    private static List<Path> export(Stores stores, ExportFormat format, Collection<Long> documentIds, Path folder,
                                     boolean overwrite, ExportProgress progress, Clock clock, Consumer<String> repairs) {
        return export(stores, format, documentIds, Set.of(), folder, overwrite, progress, clock, repairs);
    }

    private static List<Path> export(Stores stores, ExportFormat format, Collection<Long> documentIds, Set<String> authors,
                                     Path folder, boolean overwrite, ExportProgress progress, Clock clock, Consumer<String> repairs) {
        ExportData data = ExportData.load(stores, documentIds).onlyBy(authors);
        data.repairs().forEach(repairs);
        String stem = data.documents().size() == 1 ? BratExporter.stem(data.documents().get(0)) : CORPUS_STEM;
        // Closing discards a staged set that an error left unpublished, so nothing stays behind in the folder.
        try (SafeOutput out = new SafeOutput(folder, overwrite)) {
            return switch (format) {
                case CSV -> List.of(CsvExporter.export(data, out, stem + ".csv", progress));
                case JSONLD -> List.of(JsonLdExporter.export(data, out, stem + ".jsonld", clock.instant(), progress));
                case BRAT -> BratExporter.export(data, out, progress);
            };
        }
    }

    /** The file name an export of one document starts with, for a save dialog's suggestion. */
    public static String suggestedName(Document d) {
        return BratExporter.stem(d);
    }

    /** Whether {@code path} is an annotation file or folder that {@link #importAnnotations} reads (JSON-LD, brat). */
    public static boolean isAnnotationImport(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonld") || name.endsWith(".json") || name.endsWith(".ann") || BratImporter.isBratFolder(path);
    }

    /** Imports a JSON-LD file, a brat {@code .ann} file or a brat folder, all or nothing; {@link ImportException} when refused. */
    public static AnnotationImportReport importAnnotations(Stores stores, Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonld") || name.endsWith(".json")) {
            return JsonLdImporter.importFile(stores, path);
        }
        return BratImporter.importPath(stores, path);
    }
}
