package jp.miyazaki.kyodo.richmenu;

import org.springframework.stereotype.Component;

/**
 * The menu defined in {@code dialogs/rich-menu.yml}, with the labels staff changed in the console
 * ({@link RichMenuLabels}), and its drawn image. Read on each use, so an edited file or label is drawn and
 * installed without a restart; a broken file fails the install with the reason rather than the start-up.
 */
@Component
public class RichMenuDefinition {

    private final RichMenuLabels labels;
    private final RichMenuImage image;

    public RichMenuDefinition(RichMenuProperties properties, RichMenuLabels labels) {
        this.labels = labels;
        this.image = RichMenuImage.withFont(properties.font());
    }

    public RichMenuLayout layout() {
        return labels.applyTo(labels.fromFile());
    }

    public byte[] png() {
        return image.render(layout());
    }
}
