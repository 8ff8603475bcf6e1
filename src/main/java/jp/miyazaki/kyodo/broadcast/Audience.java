package jp.miyazaki.kyodo.broadcast;

import java.util.List;

/**
 * The citizens a segment reaches, from their notice subscriptions (implemented by the subscription feature).
 * Only citizens who accepted notices are included; an empty segment is all of them.
 */
public interface Audience {

    /** LINE user ids of the segment's citizens, each once. */
    List<String> recipients(Segment segment);

    /** How many citizens {@link #recipients} would return, for a preview before sending. */
    long count(Segment segment);
}
