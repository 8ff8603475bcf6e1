package jp.miyazaki.kyodo.admin;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.admin.OtherDepartmentsItem.Access;

/**
 * Whose work a staff member may touch: admins change and delete any department's items and read any sign-up list;
 * staff only their own department's, unless the departments share their work ({@code kyodo.departments
 * .shared-editing}). The one place for this rule: each feature's use-case service asks it before it changes an item
 * or shows the personal data an item collected, so the admin API and the console refuse alike. Work that no staff
 * member does (the chat, scheduled jobs) has no one signed in and is not refused.
 */
@Component
public class DepartmentRule {

    private final StaffAccounts accounts;
    private final Departments departments;
    private final boolean shared;

    public DepartmentRule(StaffAccounts accounts, Departments departments, DepartmentProperties properties) {
        this.accounts = accounts;
        this.departments = departments;
        this.shared = properties.sharedEditing();
    }

    /**
     * Whether the signed-in staff member may change an item of {@code department} (blank: the default one); the
     * console's lists ask it to mark other departments' items.
     */
    public boolean mayChange(String department) {
        return staffDepartmentRefused(department) == null;
    }

    /** Refuses unless the signed-in staff member may change and delete an item of {@code department}. */
    public void requireMayChange(String department) {
        require(department, Access.CHANGE);
    }

    /**
     * The departments the signed-in staff member may give a new item (or a notice): every one for admins, when
     * departments share their work, or with no one signed in; else only their own, so they keep access to it.
     * Handing an existing item over to another department stays open to its department's staff.
     */
    public List<String> assignable() {
        String own = ownDepartmentIfRestricted();
        return own == null ? departments.names() : List.of(own);
    }

    /** Refuses unless the signed-in staff member may give a new item to {@code department} (blank: the default). */
    public void requireMayAssign(String department) {
        String own = ownDepartmentIfRestricted();
        if (own != null && !own.equals(departments.of(department))) {
            throw new OtherDepartmentsItem(Access.ASSIGN, departments.of(department), own);
        }
    }

    /** Refuses unless the signed-in staff member may read the sign-ups of an item of {@code department}. */
    public void requireMayReadSignUps(String department) {
        require(department, Access.READ_SIGN_UPS);
    }

    private void require(String department, Access access) {
        String staffDepartment = staffDepartmentRefused(department);
        if (staffDepartment != null) {
            throw new OtherDepartmentsItem(access, departments.of(department), staffDepartment);
        }
    }

    /**
     * The signed-in staff member's department when the rule refuses them an item of {@code department} (blank for
     * an anonymous caller, which the security configuration lets in nowhere near these items), else null.
     */
    private String staffDepartmentRefused(String department) {
        String own = ownDepartmentIfRestricted();
        return own == null || own.equals(departments.of(department)) ? null : own;
    }

    /**
     * The signed-in staff member's department when the rule limits them to it (blank for an anonymous caller),
     * null when it does not (admins, shared editing, no one signed in).
     */
    private String ownDepartmentIfRestricted() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (shared || who == null) {
            return null;
        }
        if (who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return "";
        }
        if (who.getAuthorities().stream()
                .anyMatch(authority -> StaffRole.ADMIN.authority().equals(authority.getAuthority()))) {
            return null;
        }
        return accounts.departmentOf(who.getName());
    }
}
