package jp.miyazaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LineApiFailureTests {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            409 | The retry key is already accepted                      | ALREADY_ACCEPTED
            429 | You have reached your monthly limit.                   | MONTHLY_QUOTA
            429 | The API rate limit has been exceeded. Try again later. | RETRYABLE
            500 | Internal server error                                  | RETRYABLE
            503 | Service unavailable                                    | RETRYABLE
            400 | Invalid reply token                                    | INVALID_REPLY_TOKEN
            400 | The request body has 1 error(s)                        | FINAL
            401 | Authentication failed                                  | FINAL
            403 | Access to this API is not available for your account   | FINAL
            """)
    void classifiesLinesAnswers(int status, String message, LineApiFailure expected) {
        assertThat(LineApiFailure.ofStatus(status, message)).isEqualTo(expected);
    }

    @Test
    void treatsATimeoutAsAmbiguousAndRetryable() {
        LineApiFailure failure = LineApiFailure.of(new CompletionException(new SocketTimeoutException("timeout")));

        assertThat(failure).isEqualTo(LineApiFailure.AMBIGUOUS);
        assertThat(failure.retryable()).isTrue();
        assertThat(LineApiFailure.statusTag(new CompletionException(new SocketTimeoutException()))).isEqualTo("timeout");
    }
}
