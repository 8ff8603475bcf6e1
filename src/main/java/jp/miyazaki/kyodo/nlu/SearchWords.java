package jp.miyazaki.kyodo.nlu;

import java.util.List;
import java.util.Set;

/**
 * What a search message asks for besides its topic, district, date and kind: the ids of the needs it names
 * ({@code children_welcome}, {@code wheelchair} …, the {@code needs} of {@code dialogs/entities.yml}) and the
 * words to look for in the activities' texts, as the message said them (topic words) or as base forms.
 */
public record SearchWords(Set<String> needs, List<String> keywords) {

    public static final SearchWords NONE = new SearchWords(Set.of(), List.of());

    public SearchWords {
        needs = Set.copyOf(needs);
        keywords = List.copyOf(keywords);
    }
}
