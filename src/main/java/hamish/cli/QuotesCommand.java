package hamish.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.app.QuotationListing;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Who said what in each document: the quotations in quote marks and the statements reported",
                "without them (قال إن…, أكد أن…), in text order: document, kind (quote or reported), start, end,",
                "statement, speaker as written (empty when the text names nobody), the known entity it names, the",
                "reporting word. Tab-separated (tabs and line breaks in text printed as blanks); --json prints JSON."})
final class QuotesCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ID", description = "the documents")
    List<Long> ids = List.of();

    @Option(names = "--json", description = "print a JSON array instead of tab-separated text")
    boolean json;

    @Option(names = "--only", paramLabel = "KIND", description = "list only quotations in marks (quotes) or only reported speech (reported)")
    Only only;

    enum Only {
        quotes, reported
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<QuotationListing.Row> rows;
        try (Stores stores = openStores()) {
            rows = QuotationListing.load(stores, ids, only == null ? QuotationListing.Selection.ALL
                    : only == Only.quotes ? QuotationListing.Selection.QUOTES : QuotationListing.Selection.REPORTED);
        } catch (NoSuchElementException e) {
            throw new CliFailure(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, rows);
        } else {
            out.println(String.join("\t", "document", "kind", "start", "end", "statement", "speaker", "entity", "cue"));
            for (QuotationListing.Row r : rows) {
                String text = r.document().text();
                out.println(String.join("\t", String.valueOf(r.document().id()), kind(r), String.valueOf(r.statement().start()),
                        String.valueOf(r.statement().end()), flat(r.statement().of(text)), flat(r.speakerText()),
                        r.speakerEntity() == null ? "" : flat(r.speakerEntity().canonicalName()), flat(r.cue().of(text))));
            }
        }
        out.flush();
        return 0;
    }

    private static void printJson(PrintWriter out, List<QuotationListing.Row> rows) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (QuotationListing.Row r : rows) {
            String text = r.document().text();
            ObjectNode o = array.addObject();
            o.put("document", r.document().id());
            o.put("kind", kind(r));
            o.put("start", r.statement().start());
            o.put("end", r.statement().end());
            o.put("statement", r.statement().of(text));
            o.put("closedAtParagraphEnd", r.closedAtParagraphEnd());
            o.put("speaker", r.speakerText());
            if (r.hasSpeaker()) {
                o.put("speakerStart", r.speaker().start());
                o.put("speakerEnd", r.speaker().end());
            }
            if (r.speakerEntity() == null) {
                o.putNull("entity");
            } else {
                o.put("entity", r.speakerEntity().canonicalName());
                o.put("entityId", r.speakerEntity().id());
            }
            o.put("cue", r.cue().of(text));
            o.put("cueLemma", r.cueLemma());
        }
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    }

    private static String kind(QuotationListing.Row r) {
        return r.kind() == QuotationListing.Kind.QUOTE ? "quote" : "reported";
    }

    /** A field of a tab-separated line: no tab or line break inside. */
    private static String flat(String s) {
        return TerminalText.flat(s);
    }
}
