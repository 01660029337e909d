package hamish;

import hamish.cli.HamishCommand;
import hamish.ui.HamishApp;

/** Entry point: the command line, which opens the window when no subcommand is given. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = HamishCommand.run(args, HamishApp::launchWindow);
        if (code != HamishCommand.WINDOW_STARTED) {
            System.exit(code);
        }
    }
}
