package jp.miyazaki.kyodo.label;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import jp.miyazaki.kyodo.dialog.flow.Message;
import jp.miyazaki.kyodo.dialog.flow.MessagesCheck;
import jp.miyazaki.kyodo.dialog.flow.Problem;

/**
 * Every constant of every {@link Labelled} enum has its label in Japanese, English and やさしい日本語, and every label
 * key names a constant: a missing or stray label stops the start (or refuses a reload) as {@code file:line}.
 */
public final class LabelsCheck implements MessagesCheck {

    private static final List<String> LANGUAGES = List.of(Labels.JAPANESE, "en", "ja-easy");

    private final List<Class<?>> types;

    public LabelsCheck(List<Class<?>> types) {
        this.types = List.copyOf(types);
    }

    /** The check of every {@link Labelled} enum of the application. */
    public static LabelsCheck ofTheApplication() {
        return new LabelsCheck(labelledEnums());
    }

    /** The keys of every label the constants need. */
    public Set<String> keys() {
        return types.stream().flatMap(type -> constants(type).stream()).map(Labels::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public List<Problem> problems(Map<String, Message> messages) {
        List<Problem> problems = new ArrayList<>();
        for (Class<?> type : types) {
            String prefix = Labels.prefix(type);
            List<Message> written = messages.values().stream().filter(m -> m.key().startsWith(prefix)).toList();
            int line = written.stream().mapToInt(Message::line).min().orElse(1);
            for (Labelled constant : constants(type)) {
                Message label = messages.get(Labels.key(constant));
                if (label == null) {
                    problems.add(new Problem(Labels.file(type), line, "no label for " + type.getSimpleName() + "."
                            + constant.name() + ": write '" + Labels.key(constant) + "' with ja, en and ja-easy"));
                    continue;
                }
                LANGUAGES.stream().filter(language -> !label.texts().containsKey(language))
                        .forEach(language -> problems.add(new Problem(label.file(), label.line(), "the label '"
                                + label.key() + "' has no " + language + " text")));
            }
            Set<String> ids = constants(type).stream().map(Labelled::id).collect(Collectors.toSet());
            written.stream().filter(m -> !ids.contains(m.key().substring(prefix.length())))
                    .forEach(m -> problems.add(new Problem(m.file(), m.line(), "'" + m.key() + "' labels no "
                            + type.getSimpleName() + " (its ids: " + String.join(", ", new TreeSet<>(ids))
                            + ")")));
        }
        return problems;
    }

    private static List<Labelled> constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled.class::cast).toList();
    }

    /** The enums under the application's package that implement {@link Labelled}. */
    static List<Class<?>> labelledEnums() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        String base = Labelled.class.getPackageName().substring(0, Labelled.class.getPackageName().lastIndexOf('.'));
        return scanner.findCandidateComponents(base).stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(),
                        Labelled.class.getClassLoader()))
                .filter(Class::isEnum).<Class<?>>map(type -> type).toList();
    }
}
