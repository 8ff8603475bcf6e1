package jp.miyazaki.kyodo.subscription;

import java.time.Instant;
import java.util.List;

import jp.miyazaki.kyodo.catalog.Category;

/** What a citizen told the bot at welcome: their district and topics of interest, both optional. */
public record Profile(String district, List<Category> topics, Instant registeredAt) {

    public Profile {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
