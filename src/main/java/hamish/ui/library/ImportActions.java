package hamish.ui.library;

import hamish.ui.i18n.Messages;
import java.io.File;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The ways files reach the library: dropped anywhere on the window, or chosen in File → Import. */
public final class ImportActions {

    private final LibraryViewModel library;
    private final Messages messages;
    private final LongConsumer openDocument;

    public ImportActions(LibraryViewModel library, Messages messages, LongConsumer openDocument) {
        this.library = library;
        this.messages = messages;
        this.openDocument = openDocument;
    }

    /** Files and folders dropped anywhere on the scene are imported. */
    public void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                importFiles(e.getDragboard().getFiles());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    public void chooseFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.importFiles"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("import.importable"), "*.txt", "*.TXT", "*.html", "*.htm", "*.HTML", "*.HTM",
                        "*.jsonld", "*.json", "*.ann"),
                new FileChooser.ExtensionFilter(messages.get("import.textFiles"), "*.txt", "*.TXT", "*.html", "*.htm", "*.HTML", "*.HTM"),
                new FileChooser.ExtensionFilter(messages.get("import.annotationFiles"), "*.jsonld", "*.json", "*.ann"),
                new FileChooser.ExtensionFilter(messages.get("import.allFiles"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null) {
            importFiles(files);
        }
    }

    public void chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("menu.importFolder"));
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            importFiles(List.of(folder));
        }
    }

    private void importFiles(List<File> files) {
        library.importPaths(files.stream().map(File::toPath).toList(), openDocument);
    }
}
