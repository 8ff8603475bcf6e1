package jp.miyazaki.kyodo.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings. {@code loadSample}: put the sample catalog into Redis at start-up when the catalog is empty.
 */
@ConfigurationProperties("kyodo.catalog")
public record CatalogProperties(@DefaultValue("true") boolean loadSample) {
}
