package jp.miyazaki.kyodo.webhook;

import jp.miyazaki.kyodo.dialog.UserInput;

/**
 * One LINE event reduced to what the bot needs, as it waits in the citizen's inbox.
 *
 * @param eventId    LINE's {@code webhookEventId}, unique per event and kept across redeliveries
 * @param timestamp  when the citizen acted, in epoch milliseconds (orders a citizen's events)
 * @param replyToken single-use, valid about a minute; {@code null} when the event has none
 * @param receivedAt when this instance received it, in epoch milliseconds
 */
public record InboundEvent(String eventId, String userId, long timestamp, String replyToken, UserInput input,
        long receivedAt) {
}
