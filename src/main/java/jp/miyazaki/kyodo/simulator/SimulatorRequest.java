package jp.miyazaki.kyodo.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.miyazaki.kyodo.dialog.UserInput;

/**
 * One simulated LINE event, as posted to {@code /api/simulator/messages}: a user id and exactly one of a text
 * message, a postback (with a date picker's {@code params}), a shared {@code location} (latitude and longitude in
 * degrees, an optional address, as LINE's location message carries them) or a follow/unfollow event; {@code language}
 * ({@code ja}, {@code en}, optional) stands for the language of the citizen's LINE profile.
 */
record SimulatorRequest(String userId, String text, String postback, Map<String, String> params, String event,
        String language, SharedLocation location) {

    /** LINE's own limits for what a citizen can send. */
    static final int TEXT_LENGTH = 5000;
    static final int POSTBACK_DATA_LENGTH = 300;
    /** LINE's location messages carry an address of at most 100 characters. */
    static final int ADDRESS_LENGTH = 100;
    private static final int USER_ID_LENGTH = 64;
    /** LINE user ids are {@code U} and 32 hex digits; anything key-safe is accepted so tests can name users. */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> PROFILE_LANGUAGES = Set.of("ja", "en");
    private static final Set<String> PICKER_PARAMS = Set.of("date", "time", "datetime");

    /** The user id, if it is one the simulator takes; otherwise {@link InvalidSimulatorRequest}. */
    static String validUserId(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new InvalidSimulatorRequest("userId is required.");
        }
        if (userId.length() > USER_ID_LENGTH || !USER_ID.matcher(userId).matches()) {
            throw new InvalidSimulatorRequest(
                    "userId must be letters, digits, '-' or '_', at most " + USER_ID_LENGTH + " characters.");
        }
        return userId;
    }

    /** The profile language given, if any; otherwise {@link InvalidSimulatorRequest}. */
    Optional<String> profileLanguage() {
        if (language == null) {
            return Optional.empty();
        }
        if (!PROFILE_LANGUAGES.contains(language)) {
            throw new InvalidSimulatorRequest("language must be ja or en.");
        }
        return Optional.of(language);
    }

    UserInput toInput() {
        validUserId(userId);
        int given = (text != null ? 1 : 0) + (postback != null ? 1 : 0) + (event != null ? 1 : 0)
                + (location != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidSimulatorRequest("Give exactly one of text, postback, location or event.");
        }
        if (location != null) {
            return location.toInput();
        }
        if (params != null && postback == null) {
            throw new InvalidSimulatorRequest("params belongs to a postback.");
        }
        if (text != null) {
            if (text.isEmpty() || text.length() > TEXT_LENGTH) {
                throw new InvalidSimulatorRequest("text must have 1 to " + TEXT_LENGTH + " characters.");
            }
            return new UserInput.Text(text);
        }
        if (postback != null) {
            if (postback.isEmpty() || postback.length() > POSTBACK_DATA_LENGTH) {
                throw new InvalidSimulatorRequest(
                        "postback must have 1 to " + POSTBACK_DATA_LENGTH + " characters.");
            }
            if (params != null && !PICKER_PARAMS.containsAll(params.keySet())) {
                throw new InvalidSimulatorRequest("params may only hold date, time or datetime.");
            }
            if (params != null && params.values().stream().anyMatch(value -> value == null || value.isEmpty())) {
                throw new InvalidSimulatorRequest("params values must not be empty.");
            }
            return new UserInput.Postback(postback, params);
        }
        if ("follow".equals(event)) {
            return new UserInput.Follow();
        }
        if ("unfollow".equals(event)) {
            return new UserInput.Unfollow();
        }
        throw new InvalidSimulatorRequest("event must be follow or unfollow.");
    }

    /** A location as the citizen's phone shares it. */
    record SharedLocation(Double latitude, Double longitude, String address) {

        UserInput toInput() {
            if (latitude == null || longitude == null) {
                throw new InvalidSimulatorRequest("location needs latitude and longitude.");
            }
            if (address != null && address.length() > ADDRESS_LENGTH) {
                throw new InvalidSimulatorRequest("location.address must have at most " + ADDRESS_LENGTH
                        + " characters.");
            }
            try {
                return new UserInput.Location(latitude, longitude, address);
            } catch (IllegalArgumentException e) {
                throw new InvalidSimulatorRequest(
                        "location.latitude must be between -90 and 90, location.longitude between -180 and 180.");
            }
        }
    }
}
