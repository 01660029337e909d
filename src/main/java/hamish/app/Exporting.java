package hamish.app;

import hamish.io.ExportFormat;
import hamish.io.ExportProgress;
import hamish.io.Exports;
import hamish.store.Stores;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Exporting annotations, as File → Export and {@code hamish export} both do: one consistent snapshot of
 * the documents, written into a staging folder and moved into {@code folder} whole; never over an
 * existing file unless {@code overwrite}. {@code repairs} hears of old annotations that had to be widened
 * to whole characters on the way out.
 */
public final class Exporting {

    private Exporting() {
    }

    public static List<Path> export(Stores stores, ExportFormat format, Collection<Long> documentIds, Path folder,
                                    boolean overwrite, ExportProgress progress, Consumer<String> repairs) {
        return Exports.export(stores, format, documentIds, folder, overwrite, progress, repairs);
    }

    /** As above, with only the annotations made by {@code authors} (everyone's when empty): one annotator's layer of a team database. */
    public static List<Path> export(Stores stores, ExportFormat format, Collection<Long> documentIds, Set<String> authors,
                                    Path folder, boolean overwrite, ExportProgress progress, Consumer<String> repairs) {
        return Exports.export(stores, format, documentIds, authors, folder, overwrite, progress, repairs);
    }
}
