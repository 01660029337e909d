package hamish.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A picture's pixels as PNG bytes. The window hands over the ARGB pixels of a snapshot, so encoding needs
 * neither JavaFX nor its Swing bridge, only the JDK's own image writer.
 */
public final class PngPicture {

    private PngPicture() {
    }

    /** {@code argb} holds {@code width × height} pixels, row by row from the top, as 0xAARRGGBB. */
    public static byte[] encode(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException(width + " × " + height + " pixels, not " + argb.length);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
