package hamish.ui.common;

import javafx.geometry.NodeOrientation;

/** The direction of a piece of text by its first strong character, so Arabic titles read from the right in any UI language. */
public final class TextDirection {

    private TextDirection() {
    }

    public static NodeOrientation of(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                byte d = Character.getDirectionality(cp);
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return NodeOrientation.RIGHT_TO_LEFT;
                }
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return NodeOrientation.LEFT_TO_RIGHT;
                }
                i += Character.charCount(cp);
            }
        }
        return NodeOrientation.INHERIT;
    }
}
