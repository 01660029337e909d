package hamish.cli;

import hamish.app.DocumentDetails;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hamish doc set|show}: a document's details (title, outlet, date, URL, author). {@code set} is {@code hamish
 * details} under the name the issue gave it; both go through the one use case and print alike.
 */
@Command(name = "doc", mixinStandardHelpOptions = true,
        description = "Show or set a document's details: title, outlet, publication date, URL, author.",
        subcommands = {DocCommand.Set.class, DocCommand.Show.class})
final class DocCommand extends DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Set a document's title, outlet, publication date, URL or author; options not given are left as they are.",
                    "Line breaks and tabs in a title or outlet become spaces. Prints the details afterwards."})
    static final class Set implements Callable<Integer> {

        @ParentCommand
        DocCommand doc;

        @Parameters(paramLabel = "ID", description = "document id (see 'hamish list')")
        long id;

        @Mixin
        DetailsOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return DetailsCommand.change(doc, spec, id, options.request());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a document's details.")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        DocCommand doc;

        @Parameters(paramLabel = "ID", description = "document id (see 'hamish list')")
        long id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            // A request with no field changes nothing: the use case only reads.
            return DetailsCommand.change(doc, spec, id, new DocumentDetails.Request(null, null, null, null));
        }
    }
}
