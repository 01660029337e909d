package hamish;

import hamish.cli.HamishCommand;
import hamish.ui.HamishApp;

/** Entry point: the command line, which opens the window when no subcommand is given. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // A lambda, not HamishApp::launchWindow: a method reference loads HamishApp, and with it JavaFX, even when
        // the command line never opens the window.
        int code = HamishCommand.run(args, db -> HamishApp.launchWindow(db));
        if (code != HamishCommand.WINDOW_STARTED) {
            System.exit(code);
        }
    }
}
