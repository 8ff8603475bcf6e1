package jp.miyazaki.kyodo.catalog;

/**
 * What grants and facilities share as staff change them: an id, a name, the owning department (null: the default
 * one) and whether it is demonstration data, so {@link CatalogItemChanges} applies one set of rules to both.
 */
public sealed interface CatalogItem<T extends CatalogItem<T>> permits Grant, Facility {

    String id();

    String name();

    String department();

    boolean sample();

    /** Staff's translations of its name and description. */
    Translations translations();

    /** This item owned by {@code owner} (null: the default department). */
    T withDepartment(String owner);

    /** This item marked as demonstration data or not. */
    T withSample(boolean sample);
}
