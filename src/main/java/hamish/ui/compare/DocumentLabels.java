package hamish.ui.compare;

import hamish.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short names of the open documents for "A ↔ B" labels: the outlet when known, else the title (cut to 30
 * characters). Two reports of one outlet (اليوم ran the Abha festival notice on two days) would read alike, so a
 * name shared by several documents gets its pane number.
 */
final class DocumentLabels {

    private static final int MAX_TITLE = 30;

    private DocumentLabels() {
    }

    static List<String> of(List<Document> documents) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Document d : documents) {
            String name = d.outlet().isBlank() ? cut(d.title().strip()) : d.outlet().strip();
            names.add(name);
            uses.merge(name, 1, Integer::sum);
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            labels.add(uses.get(names.get(i)) > 1 ? names.get(i) + " (" + (i + 1) + ")" : names.get(i));
        }
        return labels;
    }

    private static String cut(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE) + "…";
    }
}
