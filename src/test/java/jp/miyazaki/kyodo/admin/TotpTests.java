package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The codes of RFC 6238's appendix B (SHA-1, cut to 6 digits), the drift allowed, and the enrolment URI. */
class TotpTests {

    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesAreTheRfcsTestVectors() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, 1111111111L / 30)).isEqualTo("050471");
        assertThat(Totp.code(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
        assertThat(Totp.code(RFC_SECRET, 20000000000L / 30)).isEqualTo("353130");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOnly() {
        Instant at = Instant.ofEpochSecond(1234567890L);
        long step = 1234567890L / 30;
        assertThat(Totp.matchingStep(RFC_SECRET, "005924", at)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), at)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), at)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), at)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "00592", at)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", at)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, at)).isEmpty();
    }

    @Test
    void aNewSecretRoundTripsThroughBase32AndTheUriNamesTheAccount() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.base32(Totp.base32Decode(secret))).isEqualTo(secret);
        assertThat(Totp.uri("協働ボット", "hinata", secret)).isEqualTo("otpauth://totp/%E5%8D%94%E5%83%8D%E3%83%9C"
                + "%E3%83%83%E3%83%88:hinata?secret=" + secret + "&issuer=%E5%8D%94%E5%83%8D%E3%83%9C%E3%83%83%E3%83%88"
                + "&algorithm=SHA1&digits=6&period=30");
    }
}
