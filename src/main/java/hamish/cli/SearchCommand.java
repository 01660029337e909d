package hamish.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.model.AnnotationHit;
import hamish.model.Kwic;
import hamish.model.SearchHit;
import hamish.store.AnnotationQuery;
import hamish.store.AnnotationSearch;
import hamish.store.CorpusSearch;
import hamish.store.SearchOptions;
import hamish.store.Stores;
import hamish.text.TextFinder;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the documents' text, or, with any annotation filter, the annotations.",
                "Hamza forms, ى/ي, ة/ه, harakat and tatweel do not matter; attached و ف ب ك ل ال are found.",
                "Words are all required; \"words in quotes\" are a phrase. Other punctuation is ignored.",
                "Matches are shown as [start, end) ...before[match]after... (offsets into the stored text)."})
final class SearchCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words or \"a phrase\" (optional with annotation filters)")
    List<String> query = List.of();

    @Option(names = "--variants", description = "also match spelling variants of names (غ/ج, long vowels): البنتاغون finds البنتاجون")
    boolean variants;

    @Option(names = "--limit", description = "documents (or annotations) to show (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int limit;

    @Option(names = "--json", description = "print the results as JSON")
    boolean json;

    @Option(names = "--tag", description = "annotations with this tag") String tag;
    @Option(names = "--entity", description = "annotations of this entity (name or alias)") String entity;
    @Option(names = "--speaker", description = "annotations said by this entity") String speaker;
    @Option(names = "--author", description = "annotations made by this author") String author;
    @Option(names = "--note", description = "annotations whose note contains this text") String note;
    @Option(names = "--doc", description = "annotations of this document id") Long doc;
    @Option(names = "--from", description = "documents published (or annotated) on or after this date (yyyy-mm-dd)") LocalDate from;
    @Option(names = "--to", description = "documents published (or annotated) on or before this date (yyyy-mm-dd)") LocalDate to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CliFailure("--limit must be at least 1");
        }
        String text = String.join(" ", query);
        boolean annotations = tag != null || entity != null || speaker != null || author != null || note != null || doc != null
                || from != null || to != null;
        if (!annotations && text.isBlank()) {
            throw new CliFailure("nothing to search for: give words, or an annotation filter such as --tag");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = openStores()) {
            if (annotations) {
                AnnotationQuery q = new AnnotationQuery(tag, entity, speaker, author, note, doc, null, from, to, AnnotationQuery.DEFAULT_LIMIT);
                List<AnnotationHit> hits = new AnnotationSearch(stores.database()).find(q).stream()
                        .filter(h -> text.isBlank() || !TextFinder.findAll(h.annotation().quote() + "\n" + h.annotation().note(), text).isEmpty())
                        .limit(limit).toList();
                printAnnotations(out, hits);
            } else {
                List<SearchHit> hits = new CorpusSearch(stores.database()).search(text,
                        new SearchOptions(variants, 0, limit, 3));
                printDocuments(out, hits);
            }
        }
        out.flush();
        return 0;
    }

    private void printDocuments(PrintWriter out, List<SearchHit> hits) {
        if (json) {
            ArrayNode list = new ObjectMapper().createArrayNode();
            for (SearchHit h : hits) {
                ObjectNode n = list.addObject();
                n.put("documentId", h.documentId()).put("title", h.title()).put("outlet", h.outlet()).put("rank", h.rank())
                        .put("matches", h.matchCount());
                ArrayNode lines = n.putArray("lines");
                for (Kwic k : h.lines()) {
                    lines.addObject().put("start", k.match().start()).put("end", k.match().end()).put("before", k.before())
                            .put("match", k.matched()).put("after", k.after());
                }
            }
            out.println(list.toPrettyString());
            return;
        }
        for (SearchHit h : hits) {
            out.printf("#%d\t%s\t%s\t%d match(es)%n", h.documentId(), TerminalText.line(h.title()),
                    h.outlet().isEmpty() ? "-" : TerminalText.line(h.outlet()), h.matchCount());
            for (Kwic k : h.lines()) {
                out.printf("  %s\t...%s[%s]%s...%n", k.match(), TerminalText.flat(k.before()), TerminalText.flat(k.matched()),
                        TerminalText.flat(k.after()));
            }
        }
        out.printf("%d document(s)%n", hits.size());
    }

    private void printAnnotations(PrintWriter out, List<AnnotationHit> hits) {
        if (json) {
            ArrayNode list = new ObjectMapper().createArrayNode();
            for (AnnotationHit h : hits) {
                var a = h.annotation();
                list.addObject().put("id", a.id()).put("documentId", a.documentId()).put("document", h.documentTitle())
                        .put("start", a.start()).put("end", a.end()).put("quote", a.quote()).put("tag", h.tagName())
                        .put("entity", h.entityName()).put("speaker", h.speakerName()).put("note", a.note())
                        .put("author", a.author()).put("created", a.created() == null ? null : a.created().toString())
                        .put("orphaned", h.orphaned());
            }
            out.println(list.toPrettyString());
            return;
        }
        for (AnnotationHit h : hits) {
            var a = h.annotation();
            out.printf("#%d\tdoc %d\t%s\t%s\t%s\t%s%s%n", a.id(), a.documentId(), a.span(), TerminalText.line(h.tagName()),
                    TerminalText.flat(a.quote()), h.entityName().isEmpty() ? "" : "entity: " + TerminalText.line(h.entityName()),
                    h.orphaned() ? "\t(orphaned)" : "");
        }
        out.printf("%d annotation(s)%n", hits.size());
    }
}
