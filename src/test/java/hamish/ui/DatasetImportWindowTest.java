package hamish.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hamish.io.DatasetFields.Part;
import hamish.model.DocumentSummary;
import hamish.ui.exchange.DatasetImportDialog;
import hamish.ui.exchange.DatasetImportViewModel.PreviewRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;

/** File → Import dataset in the real window: the preview, the Import button, the library and the bad row's line. */
class DatasetImportWindowTest extends WindowTestBase {

    private static final String DATASET = String.join("\n",
            "{\"headline\": \"مهرجان الزيتون يفتتح دورته العاشرة\", \"body\": \"افتتح مهرجان الزيتون دورته العاشرة في القرية القديمة وسط إقبال كبير.\", "
                    + "\"publisher\": \"نشرة الريف\", \"published\": \"12/10/2023\"}",
            "{\"headline\": \"سطر لا يكتمل\", \"body\": ",
            "{\"headline\": \"تدشين خط حافلات جديد\", \"body\": \"دشنت البلدية خطا جديدا للحافلات يربط الأحياء الشرقية بوسط المدينة.\", "
                    + "\"publisher\": \"نشرة الريف\", \"published\": \"2023-10-14\"}") + "\n";

    @Test
    void aJsonLinesFileIsPreviewedImportedAndItsBadLineReported() throws Exception {
        start();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertTrue(bar.getMenus().get(0).getItems().stream().map(MenuItem::getText).anyMatch("Import dataset…"::equals));
        Path file = Files.writeString(dir.resolve("village news.jsonl"), DATASET, StandardCharsets.UTF_8);
        int before = window.viewModel().library().allDocuments().size();

        AtomicReference<DatasetImportDialog> opened = new AtomicReference<>();
        robot.interact(() -> {
            opened.set(window.importDataset(file));
            opened.get().show();
        });
        DatasetImportDialog dialog = opened.get();
        waitUntil(() -> dialog.previewTable().getItems().size() == 3);
        assertEquals("body", dialog.chooser(Part.TEXT).getValue());
        assertEquals("publisher", dialog.chooser(Part.OUTLET).getValue());
        List<PreviewRow> rows = dialog.previewTable().getItems();
        assertEquals("2023-10-12", rows.get(0).date(), "day first, as Arabic sites write it");
        assertTrue(rows.get(1).bad() && rows.get(1).line() == 2, rows.get(1).toString());
        assertFalse(dialog.runButton().isDisabled());

        robot.clickOn(dialog.runButton());
        waitUntil(() -> dialog.viewModel().finishedProperty().get());
        waitUntil(() -> window.viewModel().library().allDocuments().size() == before + 2);

        List<String> titles = window.viewModel().library().documents().stream().map(DocumentSummary::title).toList();
        assertTrue(titles.containsAll(List.of("مهرجان الزيتون يفتتح دورته العاشرة", "تدشين خط حافلات جديد")), titles.toString());
        assertEquals(1, dialog.problemList().getItems().size(), dialog.problemList().getItems().toString());
        assertTrue(dialog.problemList().getItems().get(0).startsWith("Line 2: not valid JSON"), dialog.problemList().getItems().toString());
        assertEquals("village news.jsonl imported.", robot.lookup("#datasetSummary").queryLabeled().getText());
        assertEquals("Imported 2 · already in the library 0 · bad rows 1 · warnings 0", robot.lookup("#datasetCounts").queryLabeled().getText());
        assertTrue(dialog.runButton().isDisabled(), "imported once: the dialog reports, it does not run again");
        robot.interact(dialog::close);
    }

    @Test
    void cancelImportStopsAfterABatchAndTheLibraryHasWhatWasWritten() throws Exception {
        start();
        int rows = 5000;
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            sb.append("{\"title\": \"موجز الصباح ").append(i).append("\", \"text\": \"موجز الصباح رقم ").append(i)
                    .append(" عن حركة المرور والطقس في العاصمة.\"}\n");
        }
        Path file = Files.writeString(dir.resolve("briefs.jsonl"), sb, StandardCharsets.UTF_8);
        int before = window.viewModel().library().allDocuments().size();
        AtomicReference<DatasetImportDialog> opened = new AtomicReference<>();
        robot.interact(() -> {
            opened.set(window.importDataset(file));
            opened.get().show();
        });
        DatasetImportDialog dialog = opened.get();
        waitUntil(() -> !dialog.runButton().isDisabled());
        // The button is pressed as soon as the first counts show, as a user would on seeing the import run.
        dialog.viewModel().importedProperty().addListener((o, a, b) -> {
            if (b.intValue() > 0 && dialog.stopButton().isVisible()) {
                dialog.stopButton().fire();
            }
        });
        robot.clickOn(dialog.runButton());
        waitUntil(() -> dialog.viewModel().finishedProperty().get());

        int imported = dialog.viewModel().importedProperty().get();
        assertTrue(imported > 0 && imported < rows, "imported " + imported);
        assertEquals("Cancelled after " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT).format(imported) + " rows.", dialog.viewModel().summaryProperty().get());
        assertFalse(dialog.stopButton().isVisible());
        waitUntil(() -> window.viewModel().library().allDocuments().size() == before + imported);
        robot.interact(dialog::close);
    }
}
