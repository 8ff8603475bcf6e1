package jp.miyazaki.kyodo.dialog.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/** Fills the {@code {{name}}} placeholders of flow texts and message files, the same way for both. */
final class Templates {

    private Templates() {
    }

    /**
     * Fills each placeholder with {@code valueOf(name)}. A line of a longer text whose every placeholder is empty is
     * left out, so an optional field staff left blank (場所, 主催) shows no bare 「場所：」.
     */
    static String fill(String template, UnaryOperator<String> valueOf) {
        boolean severalLines = template.contains("\n");
        List<String> lines = new ArrayList<>();
        for (String line : template.split("\n", -1)) {
            Matcher matcher = FlowLoader.PLACEHOLDER.matcher(line);
            StringBuilder out = new StringBuilder();
            boolean placeholders = false;
            boolean filled = false;
            while (matcher.find()) {
                String value = valueOf.apply(matcher.group(1));
                placeholders = true;
                filled |= !value.isBlank();
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            if (!placeholders || filled || !severalLines) {
                lines.add(out.toString());
            }
        }
        return String.join("\n", lines);
    }
}
