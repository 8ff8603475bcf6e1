package jp.miyazaki.kyodo.privacy;

import java.util.List;
import java.util.Optional;

import jp.miyazaki.kyodo.signup.SignUp;
import jp.miyazaki.kyodo.subscription.Profile;
import jp.miyazaki.kyodo.subscription.Subscription;

/** What the bot keeps about one citizen; {@code activityRecords} counts the activities they were marked present at. */
public record StoredData(Optional<Profile> profile, Optional<Subscription> subscription, List<SignUp> signUps,
        int consultations, boolean conversation, long otherKeys, int activityRecords) {

    public StoredData {
        signUps = List.copyOf(signUps);
    }

    public boolean isEmpty() {
        return profile.isEmpty() && subscription.isEmpty() && signUps.isEmpty() && consultations == 0
                && !conversation && otherKeys == 0 && activityRecords == 0;
    }
}
