package jp.miyazaki.kyodo.richmenu;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * The menu as staff define it: a name, the text on the chat bar and six areas in a 2 × 3 grid on a
 * {@value #WIDTH} × {@value #HEIGHT} image (LINE's large full-width size).
 */
public record RichMenuLayout(String name, String chatBarText, List<MenuArea> areas) {

    public static final int WIDTH = 2500;
    public static final int HEIGHT = 1686;
    public static final int COLUMNS = 3;
    public static final int ROWS = 2;

    public RichMenuLayout {
        areas = List.copyOf(areas);
        if (areas.size() != COLUMNS * ROWS) {
            throw new IllegalArgumentException("the rich menu has " + COLUMNS * ROWS + " areas, not " + areas.size());
        }
        if (name == null || name.isBlank() || name.length() > LineLimits.RICH_MENU_NAME_LENGTH) {
            throw new IllegalArgumentException("the rich menu needs a name of at most "
                    + LineLimits.RICH_MENU_NAME_LENGTH + " characters");
        }
        if (chatBarText == null || chatBarText.isBlank() || chatBarText.length() > LineLimits.CHAT_BAR_TEXT_LENGTH) {
            throw new IllegalArgumentException("chatBarText must be 1 to " + LineLimits.CHAT_BAR_TEXT_LENGTH
                    + " characters");
        }
    }

    /** The pixel rectangle of area {@code index}: columns left to right, then rows top to bottom. */
    public Cell cell(int index) {
        int column = index % COLUMNS;
        int row = index / COLUMNS;
        int x = WIDTH * column / COLUMNS;
        int y = HEIGHT * row / ROWS;
        return new Cell(x, y, WIDTH * (column + 1) / COLUMNS - x, HEIGHT * (row + 1) / ROWS - y);
    }

    static RichMenuLayout load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rawAreas = (List<Map<String, Object>>) root.get("areas");
            List<MenuArea> areas = rawAreas.stream().map(area -> new MenuArea(string(area, "label"),
                    string(area, "caption"), string(area, "postback"), string(area, "displayText"),
                    string(area, "text"))).toList();
            return new RichMenuLayout(string(root, "name"), string(root, "chatBarText"), areas);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rich menu from " + file, e);
        }
    }

    private static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    /** A rectangle on the menu image. */
    public record Cell(int x, int y, int width, int height) {
    }
}
