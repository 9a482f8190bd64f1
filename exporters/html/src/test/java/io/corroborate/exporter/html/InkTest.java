package io.corroborate.exporter.html;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** The screenshot check must tell an empty chart from a drawn one. */
class InkTest {
    private static BufferedImage white(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    @Test
    void aBlankRegionHasNoInk() {
        Ink ink = Ink.in(white(200, 100), new HeadlessChromium.Box(0, 0, 200, 100));

        assertThat(ink.share()).isZero();
        assertThat(ink.colours()).isEqualTo(1);
    }

    @Test
    void drawnShapesAreCountedOnlyInsideTheBox() {
        BufferedImage image = white(200, 100);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(10, 10, 20, 20);
        g.setColor(Color.RED);
        g.fillRect(150, 50, 40, 40);
        g.dispose();

        Ink left = Ink.in(image, new HeadlessChromium.Box(0, 0, 100, 100));
        assertThat(left.share()).isEqualTo(400 / 10_000.0);
        assertThat(left.colours()).isEqualTo(2);
    }
}
