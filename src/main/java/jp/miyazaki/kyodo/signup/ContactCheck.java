package jp.miyazaki.kyodo.signup;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/** Accepts a Japanese phone number or an e-mail address, written in half or full width. */
public final class ContactCheck {

    private static final Pattern PHONE = Pattern.compile("0\\d{9,10}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+81\\d{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactCheck() {
    }

    /** The contact in half width, or empty when it is neither a phone number nor an e-mail address. */
    public static Optional<String> normalized(String contact) {
        if (contact == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(contact, Normalizer.Form.NFKC).strip().replace('ー', '-');
        if (EMAIL.matcher(text).matches()) {
            return Optional.of(text);
        }
        String digits = text.replaceAll("[-()\\s]", "");
        return PHONE.matcher(digits).matches() || INTERNATIONAL.matcher(digits).matches()
                ? Optional.of(text) : Optional.empty();
    }
}
