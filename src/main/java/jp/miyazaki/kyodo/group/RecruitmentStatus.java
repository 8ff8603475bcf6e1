package jp.miyazaki.kyodo.group;

import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;

/**
 * Where a recruitment stands: waiting for staff, published as an opportunity, or turned down; labels in
 * {@code dialogs/messages/group.yml}.
 */
public enum RecruitmentStatus implements Labelled {
    PENDING, APPROVED, REJECTED;

    public static Optional<RecruitmentStatus> parse(String text) {
        return Labelled.parse(RecruitmentStatus.class, text);
    }
}
