package hamish.cli;

import hamish.app.BatchLinking;
import hamish.app.Linking;
import hamish.app.Origin;
import hamish.app.history.EditHistory;
import hamish.io.LinkLines;
import hamish.model.Link;
import hamish.model.LinkType;
import hamish.store.StoreException;
import hamish.store.Stores;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link two annotations (ids as 'show' and 'annotate' print them): the same claim in two reports,",
                "one that contradicts or paraphrases the other. Prints the link's id.",
                "With --from FILE (or - for standard input): one JSON object per line, all in this one process,",
                "  {\"from\": 12, \"to\": 40, \"type\": \"same_claim\", \"note\": \"…\"} (type: same_claim, the default, contradicts,",
                "  paraphrase or other). Each line is checked and a bad one is reported with its number and skipped; the good",
                "  ones are committed " + BatchLinking.BATCH_LINES + " at a time and printed once committed: LINE<TAB>LINK-ID. Exit code 1 when any line was bad."})
final class LinkCommand extends DatabaseCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FROM", description = "the first annotation's id")
    Long fromAnnotation;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TO", description = "the second annotation's id")
    Long toAnnotation;

    @Option(names = "--type", paramLabel = "TYPE", converter = LinkTypes.class, defaultValue = "same_claim",
            description = "same_claim, contradicts, paraphrase or other (default: ${DEFAULT-VALUE})")
    LinkType type;

    @Option(names = "--author", description = "who made the link (default: the user name); with --from, of every line")
    String author = System.getProperty("user.name", "");

    @Option(names = "--note", description = "why they are linked")
    String note;

    @Option(names = "--from", paramLabel = "FILE|-", description = "link lines (JSON Lines) from a file or standard input")
    String from;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (from != null) {
            if (fromAnnotation != null || note != null) {
                throw new CliFailure("--from reads every link from its lines; give no FROM, TO or --note with it");
            }
            try (Stores stores = openStores()) {
                return FromLines.run(spec, from, Link::id, (in, listener) -> new BatchLinking(stores, Clock.systemUTC()).run(in, author, listener));
            }
        }
        if (fromAnnotation == null || toAnnotation == null) {
            throw new ParameterException(spec.commandLine(), "give FROM and TO, two annotation ids (or --from FILE)");
        }
        if (fromAnnotation.equals(toAnnotation)) {
            throw new CliFailure("annotation " + fromAnnotation + " cannot be linked to itself");
        }
        try (Stores stores = openStores()) {
            for (long id : new long[] {fromAnnotation, toAnnotation}) {
                if (stores.annotations().get(id).isEmpty()) {
                    throw new CliFailure("no annotation with id " + id + " (see 'hamish show DOCUMENT')");
                }
            }
            Link link;
            try {
                link = new Linking(stores, new EditHistory(), Clock.systemUTC())
                        .link(Origin.COMMAND_LINE, author, fromAnnotation, toAnnotation, type, note == null ? "" : note);
            } catch (StoreException e) {
                throw new CliFailure("not linked: " + e.getMessage());
            }
            spec.commandLine().getOut().println(link.id());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** Link types as a user types them; an unknown word is a usage error listing the types. */
    static final class LinkTypes implements ITypeConverter<LinkType> {
        @Override
        public LinkType convert(String value) {
            LinkType t = LinkLines.type(value);
            if (t == null) {
                throw new TypeConversionException("'" + value + "' is not a link type: use same_claim, contradicts, paraphrase or other");
            }
            return t;
        }
    }
}
