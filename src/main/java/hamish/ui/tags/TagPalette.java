package hamish.ui.tags;

import hamish.model.Tag;
import hamish.ui.common.Catalog;
import hamish.ui.i18n.Messages;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;

/** The tags as coloured chips with their keys, above the reader. The current tag is outlined. */
public final class TagPalette extends FlowPane {

    public static final String STYLE_CLASS = "tag-palette";
    public static final String CHIP = "tag-chip";
    public static final String CURRENT = "current";

    private final ObservableList<Tag> tags;
    private final ObjectProperty<Tag> current;
    private final Consumer<Tag> onChosen;

    private final Messages messages;

    private final Catalog catalog;

    public TagPalette(Catalog catalog, ObjectProperty<Tag> current, Consumer<Tag> onChosen, Messages messages) {
        this.messages = messages;
        this.catalog = catalog;
        this.tags = catalog.tags();
        this.current = current;
        this.onChosen = onChosen;
        getStyleClass().add(STYLE_CLASS);
        setHgap(6);
        setVgap(4);
        setPadding(new Insets(4, 6, 4, 6));
        setAccessibleText(messages.get("palette.hint"));
        tags.addListener((ListChangeListener<Tag>) c -> rebuild());
        current.addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (Tag tag : tags) {
            Label chip = new Label(TagShortcuts.keyLabel(tag) + "  " + catalog.label(tag));
            chip.getStyleClass().add(CHIP);
            chip.setBackground(TagSwatch.chip(tag));
            chip.setTextFill(TagSwatch.textOn(tag));
            if (current.get() != null && current.get().id() == tag.id()) {
                chip.getStyleClass().add(CURRENT);
            }
            String kind = messages.get("kind." + tag.kind().name())
                    + (tag.entityType() == null ? "" : " · " + messages.get("entityType." + tag.entityType().name()));
            chip.setTooltip(new Tooltip(kind + "\n" + messages.get("palette.hint")));
            chip.setOnMouseClicked(e -> onChosen.accept(tag));
            getChildren().add(chip);
        }
    }
}
