package jp.miyazaki.kyodo.richmenu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The shipped menu definition and the image drawn from it, saved to {@code target/rich-menu.png} to look at. */
class RichMenuImageTests {

    private static final Path IPA_GOTHIC = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");
    private final RichMenuLayout layout = RichMenuLayout.load(Path.of("dialogs/rich-menu.yml"));

    @Test
    void theShippedMenuHasTheSixAreasInOrderEachStartingAnIntent() {
        assertThat(layout.areas()).extracting(MenuArea::label)
                .containsExactly("探す", "申し込み状況", "補助金", "施設", "相談", "通知設定");
        assertThat(layout.areas()).extracting(MenuArea::postback).containsExactly("intent=activity.search",
                "intent=signup.list", "intent=grant.search", "intent=facility.search", "intent=consult.request",
                "intent=subscription.manage");
    }

    @Test
    void theAreasTileTheWholeImageWithoutGapsOrOverlaps() {
        long covered = 0;
        for (int i = 0; i < 6; i++) {
            RichMenuLayout.Cell cell = layout.cell(i);
            covered += (long) cell.width() * cell.height();
            assertThat(cell.x() + cell.width()).isLessThanOrEqualTo(RichMenuLayout.WIDTH);
            assertThat(cell.y() + cell.height()).isLessThanOrEqualTo(RichMenuLayout.HEIGHT);
        }
        assertThat(covered).isEqualTo((long) RichMenuLayout.WIDTH * RichMenuLayout.HEIGHT);
        assertThat(layout.cell(5)).isEqualTo(new RichMenuLayout.Cell(1666, 843, 834, 843));
    }

    @Test
    void drawsAPngOfLinesSizeUnderOneMegabyteWithTheJapaneseFont() throws IOException {
        assumeTrue(Files.isReadable(IPA_GOTHIC), "fonts-ipafont-gothic is not installed");
        RichMenuImage drawing = RichMenuImage.withFont(IPA_GOTHIC);

        byte[] png = drawing.render(layout);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "rich-menu.png"), png);

        assertThat(drawing.fontName()).containsIgnoringCase("IPA");
        assertThat(png.length).isLessThan(RichMenuImage.MAX_BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(2500);
        assertThat(image.getHeight()).isEqualTo(1686);
        assertThat(RichMenuImage.checkUploaded(png)).isEqualTo("image/png");
        assertThat(whitePixelsIn(image, layout.cell(0))).as("label text drawn in white on the first tile")
                .isGreaterThan(10_000);
    }

    @Test
    void fallsBackToALogicalFontWhenTheFontFileIsMissing() {
        RichMenuImage drawing = RichMenuImage.withFont(Path.of("no/such/font.ttf"));

        assertThat(drawing.render(layout)).isNotEmpty();
        assertThat(drawing.fontName()).isNotBlank();
    }

    @Test
    void refusesUploadsOfTheWrongSizeOrKind() throws IOException {
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(800, 540, BufferedImage.TYPE_INT_RGB), "png", small);

        assertThatThrownBy(() -> RichMenuImage.checkUploaded(small.toByteArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2500×1686");
        assertThatThrownBy(() -> RichMenuImage.checkUploaded("GIF89a".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PNGかJPEG");
    }

    @Test
    void anAreaSendsEitherAPostbackOrAText() {
        assertThatThrownBy(() -> new MenuArea("探す", "", "intent=activity.search", "活動を探す", "活動を探す"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RichMenuLayout("menu", "メニュー", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int whitePixelsIn(BufferedImage image, RichMenuLayout.Cell cell) {
        int white = 0;
        for (int y = cell.y(); y < cell.y() + cell.height(); y += 2) {
            for (int x = cell.x(); x < cell.x() + cell.width(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                    white++;
                }
            }
        }
        return white;
    }
}
