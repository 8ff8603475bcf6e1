package jp.miyazaki.kyodo.catalog;

/** Published after the sample catalog was put into Redis, so features with sample data of their own load it too. */
public record SampleCatalogLoaded() {
}
