package jp.miyazaki.kyodo.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Refuses passwords that are guessed first (see {@link NotGuessable}). The list of common passwords is
 * {@code admin/common-passwords.txt}; the patterns are checked here.
 */
public final class GuessablePasswords implements ConstraintValidator<NotGuessable, String> {

    private static final Set<String> COMMON = load("/admin/common-passwords.txt");
    /** Fewer different characters than this is a repetition such as {@code abababababab}. */
    private static final int MIN_DISTINCT = 5;

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        return password == null || password.isBlank() || !guessable(password);
    }

    /** Whether {@code password} is common, a common one decorated, a repetition or a run. */
    public static boolean guessable(String password) {
        String letters = password.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]", "");
        String stem = letters.replaceAll("^\\d+|\\d+$", "");
        return COMMON.contains(letters) || COMMON.contains(stem) || isRepeated(stem) || isRepeated(letters)
                || letters.codePoints().distinct().count() < MIN_DISTINCT || isRun(letters);
    }

    /** A short piece repeated to the end ({@code passpasspass}, with the piece common or not). */
    private static boolean isRepeated(String text) {
        for (int length = 1; length <= text.length() / 2; length++) {
            if (text.length() % length == 0 && text.equals(text.substring(0, length).repeat(text.length() / length))
                    && (length < MIN_DISTINCT || COMMON.contains(text.substring(0, length)))) {
                return true;
            }
        }
        return false;
    }

    /** Each character one above (or one below) the one before: {@code 123456789012}, {@code abcdefghijkl}. */
    private static boolean isRun(String text) {
        if (text.length() < 2) {
            return false;
        }
        int up = 0;
        int down = 0;
        for (int i = 1; i < text.length(); i++) {
            int step = text.charAt(i) - text.charAt(i - 1);
            up += step == 1 || (text.charAt(i - 1) == '9' && text.charAt(i) == '0') ? 1 : 0;
            down += step == -1 || (text.charAt(i - 1) == '0' && text.charAt(i) == '9') ? 1 : 0;
        }
        return Math.max(up, down) >= text.length() - 2;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = GuessablePasswords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]", ""))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
