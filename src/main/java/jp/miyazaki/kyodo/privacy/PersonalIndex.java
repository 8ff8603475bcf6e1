package jp.miyazaki.kyodo.privacy;

/**
 * A shared index that holds citizens' ids in a key without the id in its name (say, the members of a group), so
 * the scan for the id would miss it. Features implement it as a bean and "delete my data" calls each one.
 */
public interface PersonalIndex {

    /** Takes the citizen out of this index. */
    void remove(String userId);
}
