package jp.miyazaki.kyodo.admin;

import java.util.Arrays;
import java.util.Optional;

import jp.miyazaki.kyodo.label.Labelled;

/**
 * What a staff member may do: {@code admin} manages staff and everything else; {@code staff} runs the service.
 * Ids are the names used in the API and in Redis; labels (管理者, 職員) are in {@code dialogs/messages/admin.yml}.
 */
public enum StaffRole implements Labelled {
    ADMIN,
    STAFF;

    /** The Spring Security authority. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<StaffRole> of(String id) {
        return Arrays.stream(values()).filter(role -> role.id().equals(id)).findFirst();
    }
}
