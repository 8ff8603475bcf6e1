package jp.miyazaki.kyodo.conversation;

import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.citizen.FollowStatus;
import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Turn;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.nlu.LanguageUnderstanding;
import jp.miyazaki.kyodo.nlu.UnansweredReview;
import jp.miyazaki.kyodo.nlu.Understanding;
import jp.miyazaki.kyodo.observability.ActivityCounter;
import jp.miyazaki.kyodo.session.SessionStore;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.subscription.Subscriptions;

/**
 * Runs one turn for one citizen. Callers hold the citizen's lock, so turns of one citizen never interleave.
 */
@Component
public class Conversation {

    private final SessionStore sessions;
    private final LanguageUnderstanding understanding;
    private final Dialog dialog;
    private final FollowStatus followStatus;
    private final Subscriptions subscriptions;
    private final Optional<UnansweredReview> review;
    private final Optional<ActivityCounter> activity;
    private final CitizenLanguage languages;

    public Conversation(SessionStore sessions, LanguageUnderstanding understanding, Dialog dialog,
            FollowStatus followStatus, Subscriptions subscriptions, ObjectProvider<UnansweredReview> review,
            ObjectProvider<ActivityCounter> activity, CitizenLanguage languages) {
        this.languages = languages;
        this.sessions = sessions;
        this.understanding = understanding;
        this.dialog = dialog;
        this.followStatus = followStatus;
        this.subscriptions = subscriptions;
        this.review = Optional.ofNullable(review.getIfAvailable());
        this.activity = Optional.ofNullable(activity.getIfAvailable());
    }

    public Reply respond(String userId, UserInput input, ZonedDateTime at) {
        if (input instanceof UserInput.Unfollow) {
            followStatus.unfollowed(userId, at.toInstant());
            subscriptions.deactivate(userId);
            sessions.delete(userId);
            activity.ifPresent(counter -> counter.unfollowed(userId));
            return Reply.NONE;
        }
        if (input instanceof UserInput.Follow) {
            followStatus.followed(userId, at.toInstant());
            subscriptions.activate(userId);
            activity.ifPresent(counter -> counter.followed(userId));
        }
        DialogState state = sessions.load(userId, DialogState.class)
                .orElseGet(() -> DialogState.fresh(at.toInstant()));
        Optional<Understanding> meaning = Optional.empty();
        if (input instanceof UserInput.Text text) {
            meaning = Optional.of(understanding.parse(text.text(), at));
            if (!state.inFlow()) {
                // Only requests are kept for review: inside a flow the text may answer a question (a name, a phone).
                Understanding understood = meaning.get();
                review.ifPresent(unanswered -> unanswered.consider(text.text(), understood));
            }
        }
        String intent = meaning.map(u -> u.intent().name()).orElse(null);
        activity.ifPresent(counter -> counter.handled(userId, at.withZoneSameInstant(CityTime.ZONE)
                .toLocalDate(), intent));
        String language = languages.forTurn(userId, input instanceof UserInput.Text text ? text.text() : null,
                input instanceof UserInput.Follow, at.toInstant());
        Dialog.Outcome outcome = dialog.respond(state, new Turn(userId, input, meaning, at, language));
        outcome.next().ifPresentOrElse(next -> sessions.save(userId, next), () -> sessions.delete(userId));
        return outcome.reply();
    }
}
