package jp.miyazaki.kyodo.catalog;

import java.util.List;

/**
 * The sign-ups of an opportunity as the catalog's rules for staff changes need them. Implemented by the sign-up
 * feature, so the catalog refuses a capacity below the places taken, and tells citizens of a deletion, without
 * depending on it.
 */
public interface SignedUpCitizens {

    /** People holding a confirmed place. */
    int taken(String opportunityId);

    /** Sign-ups, confirmed and waiting. */
    long count(String opportunityId);

    /** Sign-ups holding a confirmed place (each for one or more people). */
    long confirmed(String opportunityId);

    /** The LINE user ids of everyone signed up: confirmed first, then the waitlist in order. */
    List<String> citizensOf(String opportunityId);

    /** Cancels one citizen's sign-up, freeing the place as a cancellation of theirs would. */
    void release(String opportunityId, String userId);
}
