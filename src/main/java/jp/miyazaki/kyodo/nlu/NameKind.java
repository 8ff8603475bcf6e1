package jp.miyazaki.kyodo.nlu;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of catalog name a message may mention, as {@code dialogs/intents.yml} spells them. */
public enum NameKind {
    OPPORTUNITY, GRANT, FACILITY, GROUP;

    public static Optional<NameKind> parse(String text) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(text)).findFirst();
    }
}
