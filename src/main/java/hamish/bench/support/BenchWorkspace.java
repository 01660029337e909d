package hamish.bench.support;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code hamish bench} command takes and writes to, as a picocli mixin: the folder for its temporary
 * databases and files, and the command line's own output (which tests capture).
 */
public final class BenchWorkspace {

    @Option(names = "--dir", description = "folder for the bench's temporary databases and files (default: the system temp folder)")
    private Path dir;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The folder asked for, or null for the system temp folder ({@link BenchFolder} takes either). */
    public Path dir() {
        return dir;
    }

    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    public PrintWriter err() {
        return command.commandLine().getErr();
    }
}
