package jp.miyazaki.kyodo.web;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kyodo.http.*}.
 *
 * @param openBodyLimit         largest body the open JSON endpoints ({@code /api/nlu/parse},
 *                              {@code /api/simulator/messages}) read; larger ones are answered 413 unread
 * @param richMenuUploadLimit   largest image {@code POST /api/admin/rich-menu/install} reads (LINE takes 1 MB)
 * @param redisDownRetryAfter   what {@code Retry-After} tells staff clients while Redis is unreachable
 */
@Validated
@ConfigurationProperties("kyodo.http")
public record HttpProperties(@NotNull DataSize openBodyLimit, @NotNull DataSize richMenuUploadLimit,
        @NotNull Duration redisDownRetryAfter) {
}
