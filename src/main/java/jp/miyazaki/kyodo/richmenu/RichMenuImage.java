package jp.miyazaki.kyodo.richmenu;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws the menu image: one tile per area with its label and caption in a Japanese font. The font comes from a
 * file (IPA Gothic by default) so the image looks the same on every server; without it a logical font is used,
 * whose Japanese glyphs depend on what the machine has installed.
 */
public final class RichMenuImage {

    /** LINE refuses rich menu images over 1 MB. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(RichMenuImage.class);
    private static final Color[] TILES = {new Color(0x06C755), new Color(0x00A0E9), new Color(0xF5A623),
        new Color(0x7B61FF), new Color(0xE8505B), new Color(0x2BB3A0)};

    private final Font font;

    private RichMenuImage(Font font) {
        this.font = font;
    }

    /** With the font in {@code fontFile}, or a logical sans-serif font when it cannot be read. */
    public static RichMenuImage withFont(Path fontFile) {
        if (Files.isReadable(fontFile)) {
            try {
                return new RichMenuImage(Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile()));
            } catch (FontFormatException | IOException e) {
                log.warn("cannot load the rich menu font {}; using a logical font", fontFile, e);
            }
        } else {
            log.warn("rich menu font {} not found (install fonts-ipafont-gothic); using a logical font", fontFile);
        }
        return new RichMenuImage(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    /** The font family drawing the labels. */
    public String fontName() {
        return font.getFontName();
    }

    /** The menu as a PNG of {@link RichMenuLayout#WIDTH} × {@link RichMenuLayout#HEIGHT}. */
    public byte[] render(RichMenuLayout layout) {
        BufferedImage image = new BufferedImage(RichMenuLayout.WIDTH, RichMenuLayout.HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, RichMenuLayout.WIDTH, RichMenuLayout.HEIGHT);
            for (int i = 0; i < layout.areas().size(); i++) {
                drawTile(g, layout.cell(i), layout.areas().get(i), TILES[i % TILES.length]);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private void drawTile(Graphics2D g, RichMenuLayout.Cell cell, MenuArea area, Color colour) {
        int margin = 18;
        g.setColor(colour);
        g.fillRoundRect(cell.x() + margin, cell.y() + margin, cell.width() - 2 * margin,
                cell.height() - 2 * margin, 60, 60);
        g.setColor(new Color(255, 255, 255, 70));
        g.setStroke(new BasicStroke(14));
        int ring = 230;
        int centreX = cell.x() + cell.width() / 2;
        g.drawOval(centreX - ring / 2, cell.y() + 120, ring, ring);
        g.setColor(Color.WHITE);
        drawCentred(g, area.label().substring(0, 1), font.deriveFont(Font.BOLD, 130f), centreX,
                cell.y() + 120 + ring / 2, cell.width());
        drawCentred(g, area.label(), font.deriveFont(Font.BOLD, 150f), centreX, cell.y() + 520,
                cell.width() - 2 * margin - 40);
        drawCentred(g, area.caption(), font.deriveFont(Font.PLAIN, 72f), centreX, cell.y() + 690,
                cell.width() - 2 * margin - 40);
    }

    /** Draws {@code text} centred on (x, middleY), shrinking the font until it fits {@code maxWidth}. */
    private static void drawCentred(Graphics2D g, String text, Font start, int x, int middleY, int maxWidth) {
        if (text.isEmpty()) {
            return;
        }
        Font chosen = start;
        FontMetrics metrics = g.getFontMetrics(chosen);
        while (metrics.stringWidth(text) > maxWidth && chosen.getSize2D() > 24f) {
            chosen = chosen.deriveFont(chosen.getSize2D() * 0.9f);
            metrics = g.getFontMetrics(chosen);
        }
        g.setFont(chosen);
        int baseline = middleY + (metrics.getAscent() - metrics.getDescent()) / 2;
        g.drawString(text, x - metrics.stringWidth(text) / 2, baseline);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content type of an uploaded menu image, after checking LINE's rules: PNG or JPEG, the menu's size, ≤ 1 MB. */
    public static String checkUploaded(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("画像は1MB以下にしてください。");
        }
        String type = bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' ? "image/png"
                : (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 ? "image/jpeg" : null;
        if (type == null) {
            throw new IllegalArgumentException("画像はPNGかJPEGにしてください。");
        }
        // The size comes from the header, before decoding: a few hundred kilobytes of PNG can claim 16000×16000
        // pixels, which would take a gigabyte to decode.
        Dimension size = headerSize(bytes);
        if (size.width != RichMenuLayout.WIDTH || size.height != RichMenuLayout.HEIGHT) {
            throw new IllegalArgumentException("画像は " + RichMenuLayout.WIDTH + "×" + RichMenuLayout.HEIGHT
                    + " ピクセルにしてください。");
        }
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("画像を読み込めませんでした。", e);
        }
        if (decoded == null) {
            throw new IllegalArgumentException("画像を読み込めませんでした。");
        }
        return type;
    }

    /** Width and height as the image's header states them, read by ImageIO's reader without decoding pixels. */
    private static Dimension headerSize(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("no image reader for these bytes");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return new Dimension(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("画像を読み込めませんでした。", e);
        }
    }
}
