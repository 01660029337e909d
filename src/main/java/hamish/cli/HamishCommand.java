package hamish.cli;

import hamish.bench.BenchCommand;
import hamish.store.DriverWarmUp;
import hamish.store.PostgresTarget;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code hamish} command. With no subcommand it opens the window on {@code --db}.
 * Exit codes: 0 success, 1 the operation failed (bad input, database problem), 2 usage error.
 * {@code bench} ({@link BenchCommand}, which lists every benchmark) is the one class of the bench packages
 * registered here; {@code ArchitectureTest} allows no other dependency on them.
 */
@Command(name = "hamish", mixinStandardHelpOptions = true, version = "Hamish 0.1",
        description = "Read Arabic news articles side by side and annotate them. Without a command, opens the window.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the operation failed (bad input, database problem)", "2:usage error"})
public final class HamishCommand implements Callable<Integer> {

    /** Every subcommand, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ImportCommand.class, ImportDatasetCommand.class, ListCommand.class,
            ShowCommand.class, AnnotateCommand.class, DetailsCommand.class, DocCommand.class, CompareCommand.class, AlignCommand.class,
            QuotesCommand.class, AgreeCommand.class, CurateCommand.class, EntityCommand.class, EntitiesCommand.class, CollectionCommand.class,
            StatsCommand.class, SearchCommand.class, ExportCommand.class, ReanchorCommand.class, LinkCommand.class, CopyCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class);

    /** Returned by {@link #run} when the window was started and the JVM must stay alive. */
    public static final int WINDOW_STARTED = -1;

    static final String DEFAULT_DB = "annotations.db";

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH|URL",
            description = "SQLite database file (default: ${DEFAULT-VALUE}, created on first use), "
                    + "or a team database on a PostgreSQL server: postgresql://user@host:5432/database "
                    + "(password from PGPASSWORD or ~/.pgpass)",
            defaultValue = DEFAULT_DB)
    String db;

    private final Consumer<String> windowLauncher;

    HamishCommand(Consumer<String> windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    @Override
    public Integer call() {
        windowLauncher.accept(db);
        return WINDOW_STARTED;
    }

    /** What {@code --db} names: a file path or a {@code postgresql://} URL. */
    String db() {
        return db;
    }

    /** Runs the command line. */
    public static int run(String[] args, Consumer<String> windowLauncher) {
        Optional<String> window = windowOnly(args);
        if (window.isPresent()) {
            windowLauncher.accept(window.get());
            return WINDOW_STARTED;
        }
        List<Class<?>> subcommands = subcommandsFor(args);
        if (subcommands.size() == 1 && DatabaseCommand.class.isAssignableFrom(subcommands.get(0))) {
            DriverWarmUp.start(); // sqlite-jdbc's start-up on the second core while picocli starts on this one
        }
        return commandLine(windowLauncher, subcommands).execute(args);
    }

    /**
     * The database when {@code args} only open the window (nothing, or {@code --db PATH}): picocli is then not
     * needed, and building its model of every command took about a second of the window's start.
     */
    static Optional<String> windowOnly(String[] args) {
        try {
            return windowDatabase(args);
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli tells the user what is wrong with it
        }
    }

    private static Optional<String> windowDatabase(String[] args) {
        if (args.length == 0) {
            return Optional.of(DEFAULT_DB);
        }
        if (args.length == 2 && args[0].equals("--db") && !args[1].isEmpty() && !args[1].startsWith("-")) {
            return Optional.of(checked(args[1]));
        }
        if (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > "--db=".length()) {
            return Optional.of(checked(args[0].substring("--db=".length())));
        }
        return Optional.empty();
    }

    /** A path the system cannot name throws here, so that picocli reports it; a server's URL is read when opened. */
    private static String checked(String target) {
        if (!PostgresTarget.isUrl(target)) {
            Path.of(target);
        }
        return target;
    }

    static CommandLine commandLine(Consumer<String> windowLauncher) {
        return commandLine(windowLauncher, SUBCOMMANDS);
    }

    /**
     * The subcommands a run of {@code args} needs: only the one they name when nothing but {@code --db} comes before
     * its name, else all (the help, an unknown name, the window). Picocli builds the model of every command it is
     * given, by reflection over each class and its nested commands, before it parses anything: for all of them that
     * was a fifth of the start-up of {@code hamish list} ({@code hamish bench list}).
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        int at = 0;
        while (at < args.length && (args[at].equals("--db") || args[at].startsWith("--db="))) {
            at += args[at].equals("--db") ? 2 : 1;
        }
        if (at >= args.length) {
            return SUBCOMMANDS;
        }
        for (Class<?> sub : SUBCOMMANDS) {
            Command command = sub.getAnnotation(Command.class);
            if (sub != CommandLine.HelpCommand.class
                    && (command.name().equals(args[at]) || Arrays.asList(command.aliases()).contains(args[at]))) {
                return List.of(sub);
            }
        }
        return SUBCOMMANDS;
    }

    private static CommandLine commandLine(Consumer<String> windowLauncher, List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new HamishCommand(windowLauncher));
        for (Class<?> sub : subcommands) {
            cl.addSubcommand(sub);
        }
        cl.setExecutionExceptionHandler(new CliExceptionHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
