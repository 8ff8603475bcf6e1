package jp.miyazaki.kyodo.richmenu;

import org.springframework.util.StringUtils;

import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * One tappable area: its label (drawn large), a caption under it, and what a tap sends — a postback
 * ({@code postback} data, shown in the chat as {@code displayText}) or a plain {@code text} message.
 */
public record MenuArea(String label, String caption, String postback, String displayText, String text) {

    public MenuArea {
        if (!StringUtils.hasText(label)) {
            throw new IllegalArgumentException("every rich menu area needs a label");
        }
        if (StringUtils.hasText(postback) == StringUtils.hasText(text)) {
            throw new IllegalArgumentException("rich menu area " + label + " needs either postback or text");
        }
        if (label.length() > LineLimits.ACTION_LABEL_LENGTH) {
            throw new IllegalArgumentException("rich menu label " + label + " is longer than LINE's "
                    + LineLimits.ACTION_LABEL_LENGTH + " characters");
        }
        caption = caption == null ? "" : caption;
    }

    public boolean sendsPostback() {
        return StringUtils.hasText(postback);
    }
}
