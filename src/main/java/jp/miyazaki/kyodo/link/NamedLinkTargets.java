package jp.miyazaki.kyodo.link;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The {@link LinkTargetNames} of a feature that names its things by looking them up and, once an account is
 * linked, says its own sentence ({@code linked}: the thing's name and the language to the text said).
 */
public record NamedLinkTargets(String kind, Function<String, Optional<String>> names,
        BiFunction<String, String, String> linked) implements LinkTargetNames {

    @Override
    public Optional<String> nameOf(String id) {
        return names.apply(id);
    }

    @Override
    public Optional<String> linkedText(String name, String language) {
        return Optional.of(linked.apply(name, language));
    }
}
