package jp.miyazaki.kyodo.richmenu;

import java.net.URI;
import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the menu is defined ({@code file}), which font draws its Japanese labels ({@code font}; a logical font
 * is used when the file is missing) and where LINE takes images ({@code apiDataEndpoint}, a mock in tests).
 */
@Validated
@ConfigurationProperties("kyodo.rich-menu")
public record RichMenuProperties(@NotNull Path file, @NotNull Path font, @NotNull URI apiDataEndpoint) {
}
