package hamish.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.app.QuotationListing;
import hamish.store.Stores;
import hamish.text.Quotation;
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
        description = {"The quotations in quote marks of each document with who said them: document, start, end,",
                "quote, speaker as written (empty when the text names nobody), the known entity it names, the",
                "reporting word. Tab-separated (tabs and line breaks in text printed as blanks); --json prints JSON."})
final class QuotesCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ID", description = "the documents")
    List<Long> ids = List.of();

    @Option(names = "--json", description = "print a JSON array instead of tab-separated text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<QuotationListing.Row> rows;
        try (Stores stores = openStores()) {
            rows = QuotationListing.load(stores, ids);
        } catch (NoSuchElementException e) {
            throw new CliFailure(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, rows);
        } else {
            out.println(String.join("\t", "document", "start", "end", "quote", "speaker", "entity", "cue"));
            for (QuotationListing.Row r : rows) {
                Quotation q = r.quotation();
                String text = r.document().text();
                out.println(String.join("\t", String.valueOf(r.document().id()), String.valueOf(q.span().start()),
                        String.valueOf(q.span().end()), flat(q.span().of(text)), flat(q.speakerText()),
                        r.speakerEntity() == null ? "" : flat(r.speakerEntity().canonicalName()), flat(q.cue().of(text))));
            }
        }
        out.flush();
        return 0;
    }

    private static void printJson(PrintWriter out, List<QuotationListing.Row> rows) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (QuotationListing.Row r : rows) {
            Quotation q = r.quotation();
            String text = r.document().text();
            ObjectNode o = array.addObject();
            o.put("document", r.document().id());
            o.put("start", q.span().start());
            o.put("end", q.span().end());
            o.put("quote", q.span().of(text));
            o.put("closedAtParagraphEnd", q.closedAtParagraphEnd());
            o.put("speaker", q.speakerText());
            if (q.hasSpeaker()) {
                o.put("speakerStart", q.speaker().start());
                o.put("speakerEnd", q.speaker().end());
            }
            if (r.speakerEntity() == null) {
                o.putNull("entity");
            } else {
                o.put("entity", r.speakerEntity().canonicalName());
                o.put("entityId", r.speakerEntity().id());
            }
            o.put("cue", q.cue().of(text));
            o.put("cueLemma", q.cueLemma());
        }
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    }

    /** A field of a tab-separated line: no tab or line break inside. */
    private static String flat(String s) {
        return TerminalText.flat(s);
    }
}
