package hamish.ui.reader;

import static hamish.ui.reader.ReaderFixtures.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.model.Span;
import hamish.bench.support.ArabicTextGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A large article lays out only what is visible, and the view is reused across documents. */
@ExtendWith(ApplicationExtension.class)
class ReaderVirtualisationTest {

    private ReaderView view;

    @Start
    void start(Stage stage) {
        view = new ReaderView();
        stage.setScene(new Scene(view, 900, 700));
        // TestFX reuses one stage for every test class: a window test before this one may have sized or
        // maximised it, and a bigger viewport shows more paragraph cells. The scene decides the size here.
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void aMegabyteArticleCreatesOnlyAFewParagraphNodes() {
        String article = new ArabicTextGenerator(11).article(1_000_000);
        assertTrue(article.length() >= 1_000_000);
        List<Highlight> highlights = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < 5000; i++) {
            int start = random.nextInt(article.length() - 20);
            highlights.add(new Highlight(i, new Span(start, start + 1 + random.nextInt(15)), Color.ORANGE, HighlightStyle.FILL));
        }
        fx(() -> {
            view.setText(article);
            view.setHighlights(highlights);
            return null;
        });
        long[] after = fx(() -> new long[] {view.paragraphNodesCreated(), view.paragraphLayouts(), view.shownCells().size()});
        int paragraphs = article.split("\n", -1).length;
        assertTrue(paragraphs > 1500, "the article should have many paragraphs, has " + paragraphs);
        assertTrue(after[0] <= 30, "paragraph nodes created: " + after[0]);
        assertTrue(after[1] <= 200, "paragraph layouts for one screen of a " + paragraphs + "-paragraph article: " + after[1]);
        assertTrue(after[2] >= 1 && after[2] <= 30, "shown cells: " + after[2]);
    }

    @Test
    void openingAnotherDocumentReusesTheParagraphNodes() {
        String first = new ArabicTextGenerator(1).article(50_000);
        String second = new ArabicTextGenerator(2).article(50_000);
        fx(() -> {
            view.setText(first);
            return null;
        });
        int afterFirst = fx(view::paragraphNodesCreated);
        assertTrue(afterFirst >= 3, "the first document should have created cells: " + afterFirst);
        fx(() -> {
            view.setText(second);
            return null;
        });
        fx(() -> {
            view.setText(first);
            return null;
        });
        int afterSecond = fx(view::paragraphNodesCreated);
        assertTrue(afterSecond - afterFirst <= 4, "nodes created: " + afterFirst + " then " + afterSecond);
        assertEquals(first, fx(view::getText));
        assertEquals(null, fx(() -> view.selectionProperty().get()), "a new document starts without a selection");
    }

    @Test
    void highlightsForAShorterDocumentSetBeforeItIsLaidOutLandOnIt() {
        String longer = new ArabicTextGenerator(3).article(20_000);
        String shorter = "سطر أول\nسطر ثان فيه كلمة مميزة";
        fx(() -> {
            view.setText(longer);
            return null;
        });
        Span word = new Span(shorter.indexOf("مميزة"), shorter.indexOf("مميزة") + "مميزة".length());
        fx(() -> {
            view.setText(shorter);
            view.setHighlights(List.of(new Highlight(9, word, Color.RED, HighlightStyle.FILL)));
            return null;
        });
        assertTrue(fx(() -> view.shownNode(1).highlightShape(9) != null), "the highlight is drawn on the new document");
        assertEquals(9L, fx(() -> view.highlightAt(word.start()).orElseThrow().annotationId()));
    }
}
