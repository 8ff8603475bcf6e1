package jp.miyazaki.kyodo.line;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import com.linecorp.bot.messaging.client.MessagingApiClientException;

/** What a failed Messaging API call means for the next step: retry, fall back, count as sent, or give up. */
enum LineApiFailure {
    /** 5xx, a timeout or a rate-limit 429: try again later under the same retry key. */
    RETRYABLE,
    /** A timeout or broken connection: like {@link #RETRYABLE}, but LINE may have accepted the request. */
    AMBIGUOUS,
    /** 409: a request with this retry key was already accepted. */
    ALREADY_ACCEPTED,
    /** 400 because the reply token is invalid or expired: push instead. */
    INVALID_REPLY_TOKEN,
    /** 429 because this month's message quota is spent: retrying cannot help. */
    MONTHLY_QUOTA,
    /** Any other 4xx or an unexpected error: retrying would fail the same way. */
    FINAL;

    static LineApiFailure of(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof MessagingApiClientException api) {
            return ofStatus(api.getCode(), api.getError());
        }
        if (cause instanceof IOException) {
            return AMBIGUOUS;
        }
        return FINAL;
    }

    static LineApiFailure ofStatus(int status, String error) {
        String message = error == null ? "" : error.toLowerCase(Locale.ROOT);
        if (status == 409) {
            return ALREADY_ACCEPTED;
        }
        if (status == 429) {
            return message.contains("monthly limit") ? MONTHLY_QUOTA : RETRYABLE;
        }
        if (status >= 500) {
            return RETRYABLE;
        }
        if (status == 400 && message.contains("reply token")) {
            return INVALID_REPLY_TOKEN;
        }
        return FINAL;
    }

    boolean retryable() {
        return this == RETRYABLE || this == AMBIGUOUS;
    }

    /** A short tag for metrics: the HTTP status, or the kind of transport failure. */
    static String statusTag(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof MessagingApiClientException api) {
            return Integer.toString(api.getCode());
        }
        if (cause instanceof java.net.SocketTimeoutException || cause instanceof java.io.InterruptedIOException) {
            return "timeout";
        }
        return cause instanceof IOException ? "io-error" : "error";
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
