package hamish.ui.annotations;

import hamish.model.Annotation;
import hamish.ui.i18n.Messages;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * "This annotation is sara's. Take it over?": asked before the user changes another annotator's annotation, in the
 * main window and in every compare pane alike (ADR 10: never an edit of another's work without saying so).
 */
public final class TakeoverQuestion {

    private TakeoverQuestion() {
    }

    /** True when the user takes {@code a} over; false when they keep their hands off it. */
    public static boolean ask(Window owner, Messages messages, NodeOrientation orientation, Annotation a) {
        ButtonType take = new ButtonType(messages.get("takeover.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("takeover.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("takeover.question"), take, cancel);
        ask.initOwner(owner);
        ask.setTitle(messages.get("takeover.title"));
        ask.setHeaderText(messages.format("takeover.header", a.author()));
        ask.getDialogPane().setId("takeoverDialog");
        ask.getDialogPane().setNodeOrientation(orientation);
        return ask.showAndWait().filter(take::equals).isPresent();
    }
}
