package jp.miyazaki.kyodo.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kyodo.http.*}.
 *
 * @param openBodyLimit         largest body the open JSON endpoints ({@code /api/nlu/parse},
 *                              {@code /api/simulator/messages}) read; larger ones are answered 413 unread
 */
@Validated
@ConfigurationProperties("kyodo.http")
public record HttpProperties(@NotNull DataSize openBodyLimit) {
}
