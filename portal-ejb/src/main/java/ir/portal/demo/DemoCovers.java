package ir.portal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Cover pictures for the demo's news and events, painted here rather than shipped as photographs nobody may use: a
 * motif of the item's subject (a meter, power lines, solar panels, people, an office, a storm, a substation, street
 * lamps) in the portal's colours, 800 × 450, as JPEG. The seed varies the sky and the placing.
 */
final class DemoCovers {

    static final int WIDTH = 800;
    static final int HEIGHT = 450;

    private static final Color BRAND = new Color(0x0b5c8a);
    private static final Color BRAND_DARK = new Color(0x07405f);
    private static final Color ACCENT = new Color(0xf2a900);
    private static final Color PAPER = new Color(0xf7fafc);

    private DemoCovers() {}

    static byte[] paint(String motif, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color top = "storm".equals(motif) ? new Color(0x3a4a5c) : shade(BRAND, random.nextInt(40) - 20);
            g.setPaint(new GradientPaint(0, 0, top, 0, HEIGHT, shade(top, 70)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(255, 255, 255, 40));
            g.fill(new Ellipse2D.Double(-120 + random.nextInt(200), 260, 1100, 400)); // the ground
            switch (motif) {
                case "meter" -> meter(g);
                case "line" -> lines(g, random);
                case "solar" -> solar(g);
                case "people" -> people(g, random);
                case "office" -> office(g, random);
                case "storm" -> storm(g);
                case "substation" -> substation(g);
                default -> lamps(g, random);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void meter(Graphics2D g) {
        g.setColor(PAPER);
        g.fill(new RoundRectangle2D.Double(280, 70, 240, 320, 36, 36));
        g.setColor(BRAND_DARK);
        g.fill(new RoundRectangle2D.Double(310, 110, 180, 70, 12, 12));
        g.setColor(ACCENT);
        for (int i = 0; i < 5; i++) {
            g.fillRect(322 + i * 34, 125, 24, 40);
        }
        g.setColor(BRAND);
        g.fill(new Ellipse2D.Double(350, 220, 100, 100));
        g.setColor(PAPER);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(400, 270, 428, 242);
    }

    private static void lines(Graphics2D g, Random random) {
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[] xs = {120, 400, 680};
        for (int x : xs) {
            pylon(g, x, 100 + random.nextInt(30));
        }
        g.setColor(new Color(255, 255, 255, 180));
        g.setStroke(new BasicStroke(2));
        for (int wire = 0; wire < 3; wire++) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(0, 150 + wire * 30);
            for (int x : xs) {
                path.quadTo(x - 140, 200 + wire * 30, x, 150 + wire * 30);
            }
            path.quadTo(WIDTH - 40, 200 + wire * 30, WIDTH, 160 + wire * 30);
            g.draw(path);
        }
    }

    private static void pylon(Graphics2D g, int x, int top) {
        g.setColor(PAPER);
        g.drawLine(x, top, x - 60, 400);
        g.drawLine(x, top, x + 60, 400);
        g.drawLine(x - 70, top + 50, x + 70, top + 50);
        g.drawLine(x - 55, top + 110, x + 55, top + 110);
        for (int y = top + 50; y < 380; y += 60) {
            g.drawLine(x - 10 - (y - top) / 5, y, x + 10 + (y + 60 - top) / 5, y + 60);
        }
    }

    private static void solar(Graphics2D g) {
        g.setColor(ACCENT);
        g.fill(new Ellipse2D.Double(600, 50, 120, 120));
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 4; col++) {
                int x = 90 + col * 160 + row * 40;
                int y = 230 + row * 100;
                Path2D.Double panel = new Path2D.Double();
                panel.moveTo(x, y + 80);
                panel.lineTo(x + 30, y);
                panel.lineTo(x + 160, y);
                panel.lineTo(x + 130, y + 80);
                panel.closePath();
                g.setColor(BRAND_DARK);
                g.fill(panel);
                g.setColor(new Color(255, 255, 255, 120));
                g.setStroke(new BasicStroke(2));
                g.draw(panel);
                g.drawLine(x + 15, y + 40, x + 145, y + 40);
                g.drawLine(x + 80, y, x + 65, y + 80);
            }
        }
    }

    private static void people(Graphics2D g, Random random) {
        for (int i = 0; i < 5; i++) {
            int x = 110 + i * 130 + random.nextInt(20);
            int size = 70 + random.nextInt(25);
            g.setColor(i % 2 == 0 ? PAPER : ACCENT);
            g.fill(new Ellipse2D.Double(x, 260 - size * 1.9, size * 0.8, size * 0.8));
            g.fill(new RoundRectangle2D.Double(x - size * 0.3, 260 - size, size * 1.4, size * 2, size, size));
        }
    }

    private static void office(Graphics2D g, Random random) {
        g.setColor(PAPER);
        g.fillRect(230, 90, 340, 320);
        g.setColor(BRAND_DARK);
        g.fillRect(360, 320, 80, 90);
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 5; col++) {
                g.setColor(random.nextInt(4) == 0 ? ACCENT : BRAND);
                g.fillRect(255 + col * 62, 115 + row * 52, 40, 32);
            }
        }
        g.setColor(ACCENT);
        g.fillRect(230, 78, 340, 14);
    }

    private static void storm(Graphics2D g) {
        g.setColor(new Color(0xdfe6ee));
        for (int[] c : new int[][] {{150, 80, 220}, {300, 50, 260}, {470, 90, 220}}) {
            g.fill(new Ellipse2D.Double(c[0], c[1], c[2], c[2] * 0.6));
        }
        Path2D.Double bolt = new Path2D.Double();
        bolt.moveTo(420, 190);
        bolt.lineTo(350, 310);
        bolt.lineTo(400, 310);
        bolt.lineTo(360, 420);
        bolt.lineTo(470, 280);
        bolt.lineTo(415, 280);
        bolt.lineTo(460, 190);
        bolt.closePath();
        g.setColor(ACCENT);
        g.fill(bolt);
    }

    private static void substation(Graphics2D g) {
        g.setStroke(new BasicStroke(5));
        for (int i = 0; i < 3; i++) {
            int x = 150 + i * 190;
            g.setColor(PAPER);
            g.fill(new RoundRectangle2D.Double(x, 220, 130, 150, 14, 14));
            g.setColor(BRAND_DARK);
            for (int fin = 0; fin < 5; fin++) {
                g.fillRect(x + 12 + fin * 24, 240, 10, 110);
            }
            g.setColor(ACCENT);
            g.fillRect(x + 25, 190, 14, 30);
            g.fillRect(x + 90, 190, 14, 30);
            g.setColor(PAPER);
            g.drawLine(x + 32, 190, x + 32, 110);
            g.drawLine(x + 97, 190, x + 97, 110);
        }
        g.drawLine(120, 110, 700, 110);
    }

    private static void lamps(Graphics2D g, Random random) {
        for (int i = 0; i < 4; i++) {
            int x = 120 + i * 180 + random.nextInt(20);
            g.setColor(new Color(242, 169, 0, 60));
            g.fill(new Ellipse2D.Double(x - 20, 110, 150, 150));
            g.setColor(PAPER);
            g.fillRect(x, 130, 10, 280);
            g.fillRect(x, 130, 70, 8);
            g.setColor(ACCENT);
            g.fill(new Ellipse2D.Double(x + 48, 130, 34, 24));
        }
    }

    private static Color shade(Color c, int by) {
        return new Color(clamp(c.getRed() + by), clamp(c.getGreen() + by), clamp(c.getBlue() + by));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
