package hamish.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.app.Collections;
import hamish.app.DocumentListing;
import hamish.app.Origin;
import hamish.app.history.EditHistory;
import hamish.model.DocumentCollection;
import hamish.model.DocumentSummary;
import hamish.store.Stores;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hamish collection}: named groups of documents (the reports of one event, a project), as the library
 * shows them. Each change is one step of the use case the window uses, written as "command line", so a window
 * open on the same file refuses an undo that would write over it.
 */
@Command(name = "collection", mixinStandardHelpOptions = true,
        description = {"Group documents into named collections (an event, a project); a document can be in several."},
        subcommands = {CollectionCommand.Create.class, CollectionCommand.Rename.class, CollectionCommand.Delete.class,
                CollectionCommand.Add.class, CollectionCommand.Remove.class, CollectionCommand.ListCollections.class,
                CollectionCommand.Show.class})
final class CollectionCommand extends DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Runs {@code work} on the use case over the open database and prints what it returns. */
    int run(BiFunction<Collections, Stores, String> work) {
        PrintWriter out = spec.commandLine().getOut();
        try (Stores stores = openStores()) {
            String printed = work.apply(new Collections(stores, new EditHistory(), Clock.systemUTC()), stores);
            if (!printed.isEmpty()) {
                out.println(printed);
            }
        }
        out.flush();
        return 0;
    }

    static DocumentCollection find(Collections collections, String idOrName) {
        return collections.find(idOrName).orElseThrow(() -> new CliFailure("no collection with id or name \"" + idOrName
                + "\" (hamish collection list shows them)"));
    }

    /** One collection on one line: id, number of documents, name. */
    static String line(DocumentCollection c) {
        return c.id() + "\t" + c.size() + "\t" + TerminalText.line(c.name());
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an empty collection; prints its id and name.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        CollectionCommand collection;

        @Parameters(paramLabel = "NAME", description = "its name (names that differ only in hamza forms, harakat or case are one)")
        String name;

        @Override
        public Integer call() {
            return collection.run((c, s) -> line(c.create(Origin.COMMAND_LINE, name)));
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a collection; prints it.")
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        CollectionCommand collection;

        @Parameters(index = "0", paramLabel = "COLLECTION", description = "its id or name")
        String which;

        @Parameters(index = "1", paramLabel = "NEW", description = "the new name")
        String newName;

        @Override
        public Integer call() {
            return collection.run((c, s) -> {
                DocumentCollection found = find(c, which);
                c.rename(Origin.COMMAND_LINE, found.id(), newName);
                return line(s.collections().get(found.id()).orElseThrow());
            });
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a collection; its documents stay in the library.")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        CollectionCommand collection;

        @Parameters(paramLabel = "COLLECTION", description = "its id or name")
        String which;

        @Override
        public Integer call() {
            return collection.run((c, s) -> {
                DocumentCollection found = find(c, which);
                c.delete(Origin.COMMAND_LINE, found.id());
                return "deleted\t" + line(found);
            });
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Put documents into a collection (those already in it are skipped); prints how many were added.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        CollectionCommand collection;

        @Parameters(index = "0", paramLabel = "COLLECTION", description = "its id or name")
        String which;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOC", description = "document ids (hamish list shows them)")
        List<Long> documents;

        @Override
        public Integer call() {
            return collection.run((c, s) -> {
                DocumentCollection found = find(c, which);
                int added = c.add(Origin.COMMAND_LINE, found.id(), documents);
                return "added\t" + added + "\n" + line(s.collections().get(found.id()).orElseThrow());
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Take documents out of a collection (not out of the library); prints how many were taken out.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        CollectionCommand collection;

        @Parameters(index = "0", paramLabel = "COLLECTION", description = "its id or name")
        String which;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOC", description = "document ids")
        List<Long> documents;

        @Override
        public Integer call() {
            return collection.run((c, s) -> {
                DocumentCollection found = find(c, which);
                int removed = c.remove(Origin.COMMAND_LINE, found.id(), documents);
                return "removed\t" + removed + "\n" + line(s.collections().get(found.id()).orElseThrow());
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every collection, by name: id, number of documents, name (tab-separated).")
    static final class ListCollections implements Callable<Integer> {
        @ParentCommand
        CollectionCommand collection;

        @Option(names = "--json", description = "print the collections as JSON")
        boolean json;

        @Override
        public Integer call() {
            return collection.run((c, s) -> {
                List<DocumentCollection> all = c.list();
                if (json) {
                    ArrayNode list = new ObjectMapper().createArrayNode();
                    all.forEach(k -> list.addObject().put("id", k.id()).put("name", k.name()).put("documents", k.size())
                            .put("created", String.valueOf(k.created())));
                    return list.toPrettyString();
                }
                return String.join("\n", all.stream().map(CollectionCommand::line).toList());
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"A collection's documents (id, date, outlet, annotations, title; in the order of --sort), then",
                    "the number of its reports per outlet (\"outlet\", count, outlet; \"-\" for documents without one)."})
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CollectionCommand collection;

        @Parameters(paramLabel = "COLLECTION", description = "its id or name")
        String which;

        @Option(names = "--sort", paramLabel = "ORDER", description = "imported (default), outlet, date, title or annotations")
        DocumentListing.Sort sort = DocumentListing.Sort.IMPORTED;

        @Option(names = "--json", description = "print the collection as JSON")
        boolean json;

        @Override
        public Integer call() {
            return collection.run((c, s) -> {
                Collections.Contents contents = c.contents(find(c, which).id());
                List<DocumentSummary> documents = DocumentListing.apply(contents.documents(), DocumentListing.Filter.NONE, sort);
                return json ? json(contents, documents) : text(contents, documents);
            });
        }

        private static String text(Collections.Contents contents, List<DocumentSummary> documents) {
            StringBuilder sb = new StringBuilder("collection\t").append(line(contents.collection()));
            documents.forEach(d -> sb.append('\n').append(ListCommand.line(d)));
            contents.outlets().forEach(o -> sb.append("\noutlet\t").append(o.count()).append('\t')
                    .append(o.outlet().isEmpty() ? "-" : TerminalText.line(o.outlet())));
            return sb.toString();
        }

        private static String json(Collections.Contents contents, List<DocumentSummary> documents) {
            ObjectNode o = new ObjectMapper().createObjectNode().put("id", contents.collection().id())
                    .put("name", contents.collection().name());
            ArrayNode docs = o.putArray("documents");
            documents.forEach(d -> docs.addObject().put("id", d.id()).put("title", d.title()).put("outlet", d.outlet())
                    .put("published", d.published() == null ? null : d.published().toString()).put("annotations", d.annotationCount()));
            ArrayNode outlets = o.putArray("outlets");
            contents.outlets().forEach(k -> outlets.addObject().put("outlet", k.outlet()).put("documents", k.count()));
            return o.toPrettyString();
        }
    }
}
