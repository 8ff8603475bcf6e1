package jp.miyazaki.kyodo.api;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jp.miyazaki.kyodo.nlu.BilingualUnderstanding;
import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.Slots;
import jp.miyazaki.kyodo.nlu.Token;
import jp.miyazaki.kyodo.nlu.Understanding;
import jp.miyazaki.kyodo.shared.CityTime;

/**
 * {@code POST /api/nlu/parse}: the intent ranking, slots and tokens of one message. Uses the undecorated
 * understanding, so tool and test traffic never lands in the log of unanswered citizen messages.
 */
@RestController
public class NluParseController {

    static final int MAX_TEXT_LENGTH = 5000;
    static final int REFERENCE_TIME_YEARS = 100;

    private final BilingualUnderstanding understanding;

    public NluParseController(BilingualUnderstanding understanding) {
        this.understanding = understanding;
    }

    /** {@code referenceTime} is ISO-8601 with an offset (2026-12-01T10:00:00+09:00); absent means now. */
    public record ParseRequest(String text, String referenceTime) {
    }

    public record ParseResponse(IntentScore intent, List<IntentScore> ranking, Slots slots, List<Token> tokens) {
    }

    @PostMapping(path = "/api/nlu/parse", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ParseResponse parse(@RequestBody ParseRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            throw new InvalidParseRequest("'text' is required and must not be blank");
        }
        if (request.text().length() > MAX_TEXT_LENGTH) {
            throw new InvalidParseRequest("'text' must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        Understanding result = understanding.parse(request.text(), referenceTime(request.referenceTime()));
        return new ParseResponse(result.intent(), result.ranking(), result.slots(), result.tokens());
    }

    private static ZonedDateTime referenceTime(String value) {
        ZonedDateTime now = ZonedDateTime.now(CityTime.ZONE);
        if (value == null) {
            return now;
        }
        ZonedDateTime given;
        try {
            given = ZonedDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME);
        } catch (DateTimeException e) {
            throw new InvalidParseRequest(
                    "'referenceTime' must be an ISO-8601 date-time with offset, e.g. 2026-12-01T10:00:00+09:00");
        }
        // Dates in a message are resolved relative to this time; far from today, the arithmetic overflows.
        if (given.isBefore(now.minusYears(REFERENCE_TIME_YEARS)) || given.isAfter(now.plusYears(REFERENCE_TIME_YEARS))) {
            throw new InvalidParseRequest("'referenceTime' must be within " + REFERENCE_TIME_YEARS + " years of today");
        }
        return given;
    }

    /** A request that is JSON but not a valid parse request. */
    static final class InvalidParseRequest extends RuntimeException {
        InvalidParseRequest(String reason) {
            super(reason);
        }
    }
}
