/**
 * The catalog of civic activity: opportunities (volunteering, events, courses), grants and facilities, stored in
 * Redis with indexes for search, a sample catalog for Miyazaki City, and the dialog actions that search it.
 * Knows nothing of LINE; sign-up capacity is asked through {@link jp.miyazaki.kyodo.catalog.Availability}. Staff
 * change it through {@code OpportunityChanges} and {@code CatalogItemChanges}, from the admin API and from the
 * console's pages ({@code catalog.console}) alike.
 */
package jp.miyazaki.kyodo.catalog;
