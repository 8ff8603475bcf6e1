package jp.miyazaki.kyodo.dialog;

import java.util.function.Function;

/** A dialog action made of its name and a method, so a feature exposes each of its actions as one bean. */
public record NamedAction(String name, Function<DialogAction.Context, DialogAction.Result> behaviour)
        implements DialogAction {

    @Override
    public Result perform(Context context) {
        return behaviour.apply(context);
    }
}
