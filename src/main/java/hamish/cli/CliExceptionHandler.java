package hamish.cli;

import hamish.io.ExportException;
import hamish.io.ImportException;
import hamish.store.StoreException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** The one place where failures become a message on stderr and an exit code; users never see a stack trace. */
final class CliExceptionHandler implements IExecutionExceptionHandler {

    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        String message;
        if (ex instanceof StoreException || ex instanceof ImportException || ex instanceof ExportException
                || ex instanceof CliFailure) {
            message = ex.getMessage();
        } else if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
            // Refusals raised below the CLI (a use case, a benchmark) carry a message meant for the user.
            message = ex.getMessage();
        } else {
            message = "unexpected error: " + ex;
        }
        // Messages quote file names, titles and entity names, which may hold line breaks or ESC sequences.
        cmd.getErr().println("hamish: " + TerminalText.line(String.valueOf(message)));
        cmd.getErr().flush();
        return FAILED;
    }
}
