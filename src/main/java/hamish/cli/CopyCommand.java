package hamish.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hamish.app.Copying;
import hamish.store.CorpusCopy;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hamish copy --from SOURCE --to TARGET}: a whole corpus from one database to another (a file or a
 * {@code postgresql://} URL each), ids kept. It opens both databases itself: the inherited {@code --db} is refused.
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copies a whole corpus (documents, tags, entities with their aliases and removed forms, annotations with "
                + "their authors and revisions, links, collections, settings) from one database to another, keeping every id: "
                + "a file to a team database on PostgreSQL, back, or file to file.",
                "The target must be new or empty (no documents, annotations, entities, links or collections; the default tags "
                        + "a new database has are replaced by the source's; a tag of its own refuses it). Everything is written in "
                        + "one transaction; the search index is rebuilt; before it commits, every table is counted and read back "
                        + "on both sides and compared, and any difference rolls the copy back (exit 1).",
                "--db is not used: --from and --to name the databases."})
final class CopyCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "the database to copy: a SQLite file (must exist) or postgresql://user@host:5432/database")
    String from;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "the database to copy into: a SQLite file (created when missing) or an empty PostgreSQL database")
    String to;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (spec.commandLine().getParseResult().hasMatchedOption("--db")
                || (spec.commandLine().getParent() != null
                        && spec.commandLine().getParent().getParseResult().hasMatchedOption("--db"))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "copy does not use --db: name the databases with --from SOURCE --to TARGET");
        }
        PrintWriter out = spec.commandLine().getOut();
        Copying.Outcome outcome;
        try {
            outcome = Copying.copy(from, to);
        } catch (Copying.RefusedException e) {
            throw new CliFailure(e.getMessage());
        } catch (CorpusCopy.MismatchException e) {
            print(out, e.result(), null);
            out.flush();
            throw e;
        }
        print(out, outcome.result(), outcome.took());
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, CorpusCopy.Result result, Duration took) throws Exception {
        if (json) {
            printJson(out, result, took);
        } else {
            printText(out, result, took);
        }
    }

    private static void printText(PrintWriter out, CorpusCopy.Result result, Duration took) {
        out.printf("%-22s %10s %10s  %s%n", "table", "source", "target", "rows read back");
        for (CorpusCopy.TableFigures t : result.tables()) {
            out.printf("%-22s %10d %10d  %s%n", t.table(), t.sourceRows(), t.targetRows(), t.same() ? "same" : "DIFFERENT");
        }
        if (took == null) {
            return;
        }
        out.printf(Locale.ROOT, "copied %s to %s in %.1f s%s%n", TerminalText.line(result.source()), TerminalText.line(result.target()),
                took.toMillis() / 1000.0,
                result.replacedTags() == 0 ? "" : "; the target's " + result.replacedTags() + " default tags were replaced by the source's");
    }

    private static void printJson(PrintWriter out, CorpusCopy.Result result, Duration took) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("source", result.source());
        root.put("target", result.target());
        root.put("verified", result.verified());
        if (took != null) {
            root.put("seconds", took.toMillis() / 1000.0);
        }
        root.put("replacedDefaultTags", result.replacedTags());
        root.put("replacedSettings", result.replacedSettings());
        ArrayNode tables = root.putArray("tables");
        for (CorpusCopy.TableFigures t : result.tables()) {
            ObjectNode o = tables.addObject();
            o.put("table", t.table());
            o.put("source", t.sourceRows());
            o.put("target", t.targetRows());
            o.put("sourceDigest", t.sourceDigest());
            o.put("targetDigest", t.targetDigest());
            o.put("same", t.same());
        }
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
