package jp.miyazaki.kyodo.broadcast;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a broadcast job is. */
public enum BroadcastStatus {
    /** Waiting for its time (or the end of quiet hours); may still be cancelled. */
    SCHEDULED,
    /** Recipients resolved and batches being sent. */
    SENDING,
    /** Every batch settled. */
    DONE,
    /** Stopped for good, e.g. LINE's monthly quota is spent; {@code reason} says why. */
    FAILED,
    /** Cancelled by staff before the rest was sent. */
    CANCELLED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BroadcastStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
