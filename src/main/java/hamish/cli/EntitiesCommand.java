package hamish.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hamish entities …}: the entities of several documents at once ({@code discover}). */
@Command(name = "entities", mixinStandardHelpOptions = true, subcommands = DiscoverCommand.class,
        description = "Entities across documents: 'discover' proposes who is named in them.")
final class EntitiesCommand extends DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
