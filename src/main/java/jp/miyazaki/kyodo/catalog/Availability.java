package jp.miyazaki.kyodo.catalog;

/**
 * How many places of an opportunity are still free. Implemented by the sign-up feature, so the catalog can show
 * spaces left without depending on it.
 */
public interface Availability {

    int spacesLeft(Opportunity opportunity);
}
