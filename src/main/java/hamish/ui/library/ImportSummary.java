package hamish.ui.library;

import hamish.io.ImportOutcome;
import hamish.ui.i18n.Messages;
import java.util.List;
import java.util.OptionalLong;

/** What an import did, counted by outcome, with each refusal's reason. */
public record ImportSummary(List<ImportOutcome> imported, List<ImportOutcome> duplicates, List<ImportOutcome> refused) {

    /** Refusal reasons listed in a message before "and N more". */
    static final int LISTED = 8;

    public static ImportSummary of(List<ImportOutcome> outcomes) {
        return new ImportSummary(
                outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).toList(),
                outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.DUPLICATE).toList(),
                outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.REFUSED).toList());
    }

    public OptionalLong onlyNewDocument() {
        return imported.size() == 1 ? OptionalLong.of(imported.get(0).documentId()) : OptionalLong.empty();
    }

    public String describe(Messages messages) {
        StringBuilder sb = new StringBuilder(messages.format("import.summary", imported.size(), duplicates.size(), refused.size()));
        for (ImportOutcome o : refused.subList(0, Math.min(LISTED, refused.size()))) {
            String name = o.file() == null || o.file().getFileName() == null ? "" : o.file().getFileName().toString();
            // The importer's messages usually name the file already; name it only when they do not.
            sb.append('\n');
            if (!o.message().contains(name)) {
                sb.append(name).append(": ");
            }
            sb.append(o.message());
        }
        if (refused.size() > LISTED) {
            sb.append('\n').append(messages.format("import.more", refused.size() - LISTED));
        }
        return sb.toString();
    }
}
