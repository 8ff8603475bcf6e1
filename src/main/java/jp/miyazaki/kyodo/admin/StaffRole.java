package jp.miyazaki.kyodo.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a staff member may do: {@code admin} manages staff and everything else; {@code staff} runs the service. */
public enum StaffRole {
    ADMIN,
    STAFF;

    /** The name used in the API and in Redis. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How staff call the role: 管理者, 職員. */
    public String label() {
        return this == ADMIN ? "管理者" : "職員";
    }

    /** The Spring Security authority. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<StaffRole> of(String id) {
        return Arrays.stream(values()).filter(role -> role.id().equals(id)).findFirst();
    }
}
