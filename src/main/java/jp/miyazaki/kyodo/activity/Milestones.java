package jp.miyazaki.kyodo.activity;

import java.util.ArrayList;
import java.util.List;

/**
 * The configured milestones a citizen has newly crossed: activities attended and hours volunteered over all
 * years. Each milestone is reached once per citizen, even if a later re-marking takes a record away.
 */
public class Milestones {

    private final ActivityRecords records;
    private final RecognitionProperties properties;

    public Milestones(ActivityRecords records, RecognitionProperties properties) {
        this.records = records;
        this.properties = properties;
    }

    /** Milestones ({@code activities:5}, {@code hours:50}) the citizen's records reach now for the first time. */
    List<String> crossed(String userId) {
        List<ActivityRecord> mine = records.ofUser(userId);
        long minutes = mine.stream().mapToLong(ActivityRecord::minutes).sum();
        List<String> crossed = new ArrayList<>();
        for (int count : properties.milestones().activities()) {
            if (mine.size() >= count && records.reach(userId, "activities:" + count)) {
                crossed.add("activities:" + count);
            }
        }
        for (int hours : properties.milestones().hours()) {
            if (minutes >= hours * 60L && records.reach(userId, "hours:" + hours)) {
                crossed.add("hours:" + hours);
            }
        }
        return crossed;
    }
}
