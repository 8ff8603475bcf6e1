package jp.miyazaki.kyodo.link;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jp.miyazaki.kyodo.dialog.Wording;

/**
 * The {@link LinkTargetNames} of a feature that names its things by looking them up and, once an account is
 * linked, says its own sentence: the wording {@code linkedKey} with the thing's name as {@code name}.
 */
public record NamedLinkTargets(String kind, Function<String, Optional<String>> names, Wording wording,
        String linkedKey) implements LinkTargetNames {

    @Override
    public Optional<String> nameOf(String id) {
        return names.apply(id);
    }

    @Override
    public Optional<String> linkedText(String name) {
        return Optional.of(wording.text(linkedKey, Map.of("name", name)));
    }
}
