package hamish.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.analysis.DiscoveredEntity;
import hamish.app.Discovering;
import hamish.app.history.EditHistory;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"The people, organisations and places named across the documents, each with its forms: name,",
                "type, number of documents, forms with counts (form×count, ' | ' between), evidence. Tab-separated;",
                "--json prints JSON. Nothing is stored: accept a candidate in the compare window ('Who is here')."})
final class DiscoverCommand implements Callable<Integer> {

    @ParentCommand
    EntitiesCommand entities;

    @Option(names = "--doc", arity = "1..*", required = true, paramLabel = "ID", description = "the documents")
    List<Long> ids = List.of();

    @Option(names = "--json", description = "print a JSON array instead of tab-separated text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Discovering.Candidate> candidates;
        try (Stores stores = entities.openStores()) {
            candidates = new Discovering(stores, new EditHistory()).discover(ids);
        } catch (NoSuchElementException e) {
            throw new CliFailure(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (Discovering.Candidate c : candidates) {
                DiscoveredEntity e = c.entity();
                ObjectNode o = array.addObject();
                o.put("name", e.name());
                o.put("type", e.type().name());
                c.documentIds().forEach(o.putArray("documents")::add);
                ArrayNode forms = o.putArray("forms");
                for (DiscoveredEntity.Form f : e.forms()) {
                    forms.addObject().put("form", f.text()).put("count", f.count());
                }
                e.evidence().forEach(o.putArray("evidence")::add);
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            out.println(String.join("\t", "name", "type", "documents", "forms", "evidence"));
            for (Discovering.Candidate c : candidates) {
                DiscoveredEntity e = c.entity();
                out.println(String.join("\t", flat(e.name()), e.type().name(), String.valueOf(c.documentIds().size()),
                        e.forms().stream().map(f -> flat(f.text()) + "×" + f.count()).collect(Collectors.joining(" | ")),
                        flat(String.join("; ", e.evidence()))));
            }
        }
        out.flush();
        return 0;
    }

    private static String flat(String s) {
        return TerminalText.flat(s);
    }
}
