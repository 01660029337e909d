package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DocumentImporter;
import hamish.model.Annotation;
import hamish.model.Document;
import hamish.model.Span;
import hamish.model.Tag;
import hamish.model.TagKind;
import hamish.store.Stores;
import hamish.ui.compare.CompareWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both themes by stylesheet only: the main window and a compare window (with a claim only one report carries) are
 * walked node by node; no node has an inline style, and in the dark theme no region is painted light.
 */
class ThemeTest extends WindowTestBase {

    private List<Long> compared;

    @BeforeEach
    void twoDocumentsAndAClaimOnlyOneCarries() {
        try (Stores s = Stores.open(db)) {
            new DocumentImporter(s.documents()).importSamples();
            List<Long> ids = s.documents().list().stream().map(d -> d.id()).filter(id -> id != documentId).limit(1).toList();
            compared = List.of(documentId, ids.get(0));
            Document d = s.documents().get(documentId).orElseThrow();
            Tag claim = s.tags().list().stream().filter(t -> t.kind() == TagKind.CLAIM).findFirst().orElseThrow();
            Span sentence = new Span(0, d.text().indexOf('\n') > 0 ? d.text().indexOf('\n') : Math.min(40, d.text().length()));
            s.annotations().insert(Annotation.of(documentId, d.text(), sentence, claim.id(), "test", Instant.EPOCH));
        }
    }

    @Test
    void noInlineStyleAnywhereAndNothingLightInTheDarkTheme() throws Exception {
        start();
        for (String theme : List.of(MainMenu.DARK, MainMenu.LIGHT)) {
            robot.interact(() -> window.theme(theme));
            CompareWindow compare = openCompare();
            List<Parent> roots = List.of(stage.getScene().getRoot(), compare.stage().getScene().getRoot());
            List<String> styled = new ArrayList<>();
            List<String> light = new ArrayList<>();
            for (Parent root : roots) {
                walk(root, n -> {
                    if (n.getStyle() != null && !n.getStyle().isBlank() && !iconFontOnly(n)) {
                        styled.add(describe(n) + " style=\"" + n.getStyle() + "\"");
                    }
                    // A region with a shape is a glyph (an arrow, a check mark) painted in the text colour, not a surface.
                    if (theme.equals(MainMenu.DARK) && n instanceof Region r && r.isVisible() && r.getBackground() != null
                            && r.getShape() == null && !insideTagChip(n)) {
                        for (BackgroundFill f : r.getBackground().getFills()) {
                            if (f.getFill() instanceof Color c && c.getOpacity() > 0.5 && luminance(c) > 0.6) {
                                light.add(describe(n) + " " + c);
                            }
                        }
                    }
                });
            }
            // The palette's chips keep their tags' own colours in either theme.
            List<String> plainChips = stage.getScene().getRoot().lookupAll(".tag-chip").stream()
                    .filter(n -> !(n instanceof Region r) || r.getBackground() == null || r.getBackground().getFills().isEmpty())
                    .map(ThemeTest::describe).toList();
            assertTrue(plainChips.isEmpty(), theme + ": tag chips without their colour " + plainChips);
            assertTrue(styled.isEmpty(), theme + ": inline styles " + styled);
            assertTrue(light.isEmpty(), theme + ": light regions in the dark theme " + light);
            List<Region> unmatched = compare.stage().getScene().getRoot().lookupAll(".unmatched-claim").stream()
                    .filter(n -> n instanceof TableRow<?>).map(n -> (Region) n).toList();
            assertFalse(unmatched.isEmpty(), theme + ": the claim only one report carries is marked");
            Color band = (Color) unmatched.get(0).getBackground().getFills().stream().map(BackgroundFill::getFill)
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals(theme.equals(MainMenu.DARK), luminance(band) < 0.5, theme + ": the band follows the theme, " + band);
            robot.interact(() -> compare.stage().close());
        }
    }

    private CompareWindow openCompare() throws Exception {
        AtomicReference<CompareWindow> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.compare(compared)));
        CompareWindow compare = opened.get();
        waitUntil(() -> compare.viewModel().claimsProperty().get() != null
                && compare.viewModel().panes().stream().allMatch(p -> p.documentProperty().get() != null && !p.loadingProperty().get()));
        // The claims tab shown, so its rows exist and take their style.
        robot.interact(() -> compare.stage().getScene().getRoot().lookupAll(".tab-pane").stream().map(n -> (TabPane) n)
                .flatMap(p -> p.getTabs().stream().filter(t -> t.getContent() != null && t.getContent().lookup("#claimTable") != null)
                        .map(t -> (Runnable) () -> p.getSelectionModel().select(t)))
                .forEach(Runnable::run));
        waitUntil(() -> !compare.stage().getScene().getRoot().lookupAll(".unmatched-claim").isEmpty());
        return compare;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, visit));
        }
    }

    /**
     * Ikonli's icons choose their glyph font by an inline style they set themselves (family and size only); their
     * colour still comes from the stylesheet (-fx-icon-color), which is what this test guards.
     */
    private static boolean iconFontOnly(Node n) {
        return n instanceof org.kordamp.ikonli.javafx.FontIcon
                && n.getStyle().replaceAll("-fx-font-family: '[^']*';|-fx-font-size: [0-9.]+px;", "").isBlank();
    }

    /** A tag chip is painted in the tag's own colour, which is the user's data, not the theme's. */
    private static boolean insideTagChip(Node n) {
        for (Node k = n; k != null; k = k.getParent()) {
            if (k.getStyleClass().contains("tag-chip")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass();
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
