package hamish.app;

/**
 * Who does an action: {@code scope} is the part of the app whose Ctrl+Z undoes it (the main window, one
 * compare window, the command line); {@code writer} is what the rows it writes name as their writer and
 * what a refused undo elsewhere reports ("compare pane 2", "command line").
 */
public record Origin(String scope, String writer) {

    public static final Origin COMMAND_LINE = new Origin("command line", "command line");

    /** An origin whose scope and writer are the same name. */
    public static Origin of(String name) {
        return new Origin(name, name);
    }
}
