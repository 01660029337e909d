package hamish.ui.compare;

import hamish.analysis.Overview;
import hamish.io.OverviewSvg;
import hamish.io.PngPicture;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Entity;
import hamish.model.Span;
import hamish.ui.annotations.DocumentViewModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The Overview tab's state and commands: the overview the compare view rebuilds with its tables, going from a
 * heat-map cell to the entity's mentions in that outlet's documents, and writing the picture as PNG or SVG.
 */
final class OverviewViewModel {

    private final CompareViewModel compare;

    OverviewViewModel(CompareViewModel compare) {
        this.compare = compare;
    }

    ReadOnlyObjectProperty<Overview> overviewProperty() {
        return compare.overviewProperty();
    }

    /**
     * Chooses {@code entity} (its mentions outlined in every pane, each pane scrolled to its first, as choosing it
     * in the entity list does) and returns, per pane showing one of the outlet's documents, its mentions there.
     */
    Map<Integer, List<Span>> showMentions(Entity entity, Overview.Outlet outlet) {
        // The catalog's own entity, so the entity list selects it; the overview's copy if it is not listed yet.
        Entity chosen = compare.rankedEntities().stream().filter(e -> e.id() == entity.id()).findFirst().orElse(entity);
        compare.focusedProperty().set(chosen);
        Set<Long> documents = outlet.documents().stream().map(Document::id).collect(Collectors.toSet());
        Map<Integer, List<Span>> mentions = new LinkedHashMap<>();
        List<DocumentViewModel> panes = compare.panes();
        for (int i = 0; i < panes.size(); i++) {
            Document d = panes.get(i).documentProperty().get();
            if (d != null && documents.contains(d.id())) {
                mentions.put(i, panes.get(i).annotations().stream()
                        .filter(a -> a.entityId() != null && a.entityId() == entity.id()).map(Annotation::span).toList());
            }
        }
        return mentions;
    }

    /** Writes the overview as SVG, drawn right to left when the window is; {@code done} hears of the file. */
    void exportSvg(Path file, OverviewSvg.Words words, boolean rightToLeft, Consumer<Path> done) {
        Overview overview = overviewProperty().get();
        if (overview != null) {
            compare.export(folderOf(file), out -> out.write(file.getFileName().toString(),
                    w -> OverviewSvg.write(w, overview, words, rightToLeft)), done);
        }
    }

    /** Writes the pixels of the drawing (0xAARRGGBB, row by row) as PNG; encoded in the background. */
    void exportPng(Path file, int width, int height, int[] argb, Consumer<Path> done) {
        compare.export(folderOf(file), out -> out.write(file.getFileName().toString(), PngPicture.encode(width, height, argb)), done);
    }

    void inform(String message) {
        compare.inform(message);
    }

    private static Path folderOf(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.getParent();
    }
}
