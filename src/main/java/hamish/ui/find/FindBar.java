package hamish.ui.find;

import hamish.ui.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The find bar over the reader: query, match count, previous/next, "Tag all", close. Esc closes. */
public final class FindBar extends HBox {

    public static final String STYLE_CLASS = "find-bar";

    private final TextField query = new TextField();

    public FindBar(FindViewModel vm, Messages messages) {
        getStyleClass().add(STYLE_CLASS);
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 6, 4, 6));
        query.setId("findQuery");
        query.setPromptText(messages.get("find.prompt"));
        query.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(query, Priority.ALWAYS);
        Label count = new Label();
        count.setId("findCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.matches().isEmpty()
                        ? (vm.queryProperty().get().isBlank() ? "" : messages.get("find.none"))
                        : messages.format("find.count", vm.currentProperty().get() + 1, vm.matches().size()),
                vm.matches(), vm.currentProperty(), vm.queryProperty()));
        Button previous = new Button(messages.get("find.previous"));
        previous.setOnAction(e -> vm.previous());
        Button next = new Button(messages.get("find.next"));
        next.setOnAction(e -> vm.next());
        Button tagAll = new Button(messages.get("find.tagAll"));
        tagAll.setId("findTagAll");
        // "Tag all as Person": the palette's current tag, chosen by a chip click or the last tagging.
        tagAll.textProperty().bind(Bindings.createStringBinding(() -> vm.tagProperty().get() == null
                ? messages.get("find.tagAll") : messages.format("find.tagAllAs", vm.tagLabel(vm.tagProperty().get())), vm.tagProperty()));
        tagAll.disableProperty().bind(Bindings.isEmpty(vm.matches()).or(vm.tagProperty().isNull()));
        Tooltip hint = new Tooltip(messages.get("find.tagAllHint"));
        tagAll.setTooltip(hint);
        tagAll.setOnAction(e -> vm.tagAll());
        Button close = new Button("✕");
        close.setOnAction(e -> vm.close());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.close();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    vm.previous();
                } else {
                    vm.next();
                }
                e.consume();
            }
        });
        getChildren().addAll(new Label(messages.get("find.label")), query, count, previous, next, tagAll, close);
        visibleProperty().bind(vm.openProperty());
        managedProperty().bind(vm.openProperty());
    }

    public void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }
}
