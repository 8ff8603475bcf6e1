package jp.miyazaki.kyodo.citizen;

import java.util.List;
import java.util.Map;

import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.DialogAction.Context;
import jp.miyazaki.kyodo.dialog.DialogAction.Result;
import jp.miyazaki.kyodo.dialog.FlowAction;

/** The dialog action of the language flow ({@code dialogs/flows/language.yml}). */
public class LanguageActions {

    private final CitizenLanguage languages;

    public LanguageActions(CitizenLanguage languages) {
        this.languages = languages;
    }

    /**
     * language.choose: slot language (ja, en, ja-easy) → that language, kept for every later answer and for the rest
     * of this one / invalid.
     */
    @FlowAction(name = "language.choose", outcomes = {CitizenLanguage.JAPANESE, CitizenLanguage.ENGLISH,
            CitizenLanguage.EASY_JAPANESE, "invalid"})
    public Result choose(Context context) {
        String language = context.slots().get("language");
        if (language == null || !CitizenLanguage.ANSWERED.contains(language)) {
            return Result.of("invalid");
        }
        languages.choose(context.userId(), language);
        return new Result(language, Map.of(DialogAction.ANSWER_LANGUAGE, language), List.of());
    }
}
