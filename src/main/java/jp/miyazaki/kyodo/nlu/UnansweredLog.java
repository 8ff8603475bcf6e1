package jp.miyazaki.kyodo.nlu;

import java.util.List;

/** Where unanswered and low-confidence messages go for staff review; bounded, newest first. */
public interface UnansweredLog {

    void record(UnansweredUtterance utterance);

    /** Up to {@code limit} most recent entries, newest first. */
    List<UnansweredUtterance> recent(int limit);
}
