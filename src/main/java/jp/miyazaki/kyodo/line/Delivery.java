package jp.miyazaki.kyodo.line;

/** How sending one answer ended. */
public enum Delivery {
    /** LINE accepted it. */
    SENT,
    /** LINE had already accepted a request with the same retry key (409), so the citizen has it once. */
    ALREADY_SENT,
    /**
     * Local mode: a reply needs a LINE channel. (Pushes and multicasts are kept for the simulator there and
     * count as sent.)
     */
    NOT_SENT,
    /** LINE refused it because this month's message quota is spent; nothing more can be sent this month. */
    OVER_QUOTA,
    /** LINE refused it for good or kept failing; the reason is logged and counted. */
    FAILED
}
