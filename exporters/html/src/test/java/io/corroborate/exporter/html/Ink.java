package io.corroborate.exporter.html;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Test helper: how much of a box in a screenshot is drawn — the share of pixels that differ from
 * the box's most common colour, and how many colours cover at least 20 pixels (anti-aliasing makes
 * many near colours that should not count).
 */
public record Ink(double share, int colours) {
    public static Ink in(BufferedImage image, HeadlessChromium.Box box) {
        int x0 = (int) Math.max(0, Math.floor(box.x()));
        int y0 = (int) Math.max(0, Math.floor(box.y()));
        int x1 = (int) Math.min(image.getWidth(), Math.ceil(box.x() + box.width()));
        int y1 = (int) Math.min(image.getHeight(), Math.ceil(box.y() + box.height()));
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int total = Math.max(1, (x1 - x0) * (y1 - y0));
        int background = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int colours = (int) counts.values().stream().filter(n -> n >= 20).count();
        return new Ink((total - background) / (double) total, colours);
    }
}
