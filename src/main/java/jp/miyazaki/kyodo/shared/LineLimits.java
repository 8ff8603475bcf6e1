package jp.miyazaki.kyodo.shared;

/**
 * LINE's documented limits on what a bot may send. Kept in one place so every sender (reply, push, multicast,
 * simulator) is held to the same rules.
 */
public final class LineLimits {

    public static final int MESSAGES_PER_REQUEST = 5;
    public static final int TEXT_LENGTH = 5_000;
    public static final int QUICK_REPLY_ITEMS = 13;
    public static final int ACTION_LABEL_LENGTH = 20;
    public static final int POSTBACK_DATA_LENGTH = 300;
    public static final int DISPLAY_TEXT_LENGTH = 300;
    public static final int MESSAGE_ACTION_TEXT_LENGTH = 300;
    public static final int ALT_TEXT_LENGTH = 400;
    public static final int CONFIRM_TEXT_LENGTH = 240;
    public static final int CAROUSEL_BUBBLES = 12;
    /** A location message's title and address. */
    public static final int LOCATION_TITLE_LENGTH = 100;
    public static final int LOCATION_ADDRESS_LENGTH = 100;
    /** User ids in one multicast request. */
    public static final int MULTICAST_RECIPIENTS = 500;
    /** Multicast requests LINE accepts per second from one channel. */
    public static final int MULTICAST_REQUESTS_PER_SECOND = 200;
    public static final int URI_LENGTH = 1_000;
    public static final int RICH_MENU_NAME_LENGTH = 300;
    public static final int CHAT_BAR_TEXT_LENGTH = 14;

    private LineLimits() {
    }

    /**
     * Cuts {@code text} to at most {@code limit} UTF-16 units (LINE counts those), ending with "…" when cut, and
     * never splitting a surrogate pair.
     */
    public static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
