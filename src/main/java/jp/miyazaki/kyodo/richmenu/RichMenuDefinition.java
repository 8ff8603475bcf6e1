package jp.miyazaki.kyodo.richmenu;

import org.springframework.stereotype.Component;

/**
 * The menu defined in {@code dialogs/rich-menu.yml} and its drawn image. Read on each use, so an edited file is
 * installed without a restart; a broken file fails the install with the reason rather than the start-up.
 */
@Component
public class RichMenuDefinition {

    private final RichMenuProperties properties;
    private final RichMenuImage image;

    public RichMenuDefinition(RichMenuProperties properties) {
        this.properties = properties;
        this.image = RichMenuImage.withFont(properties.font());
    }

    public RichMenuLayout layout() {
        return RichMenuLayout.load(properties.file());
    }

    public byte[] png() {
        return image.render(layout());
    }
}
