package jp.miyazaki.kyodo.catalog;

import java.util.List;

/**
 * Published when staff deleted an opportunity people had signed up for, after their sign-ups were cancelled, so
 * whoever tells citizens tells each of {@code citizens} (LINE user ids) once that it will not take place.
 */
public record OpportunityCancelled(Opportunity opportunity, List<String> citizens) {

    public OpportunityCancelled {
        citizens = List.copyOf(citizens);
    }
}
