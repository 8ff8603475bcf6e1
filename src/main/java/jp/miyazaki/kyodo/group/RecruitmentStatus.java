package jp.miyazaki.kyodo.group;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a recruitment stands: waiting for staff, published as an opportunity, or turned down. */
public enum RecruitmentStatus {
    PENDING("承認待ち"),
    APPROVED("公開済み"),
    REJECTED("差し戻し");

    private final String label;

    RecruitmentStatus(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<RecruitmentStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
    }
}
