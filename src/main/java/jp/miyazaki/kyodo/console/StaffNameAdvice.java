package jp.miyazaki.kyodo.console;

import java.security.Principal;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jp.miyazaki.kyodo.admin.DepartmentRule;
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffConsole;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.shared.CityTime;

/**
 * What every console page shows: who is signed in, their department and whether they are an admin (the nav shows
 * スタッフ管理 to admins only), the navigation entry the page belongs to, and times in Miyazaki's zone.
 */
@ControllerAdvice(basePackageClasses = StaffNameAdvice.class, annotations = StaffConsole.class)
class StaffNameAdvice {

    private final StaffAccounts accounts;
    private final Departments departments;
    private final DepartmentRule departmentRule;

    StaffNameAdvice(StaffAccounts accounts, Departments departments, DepartmentRule departmentRule) {
        this.accounts = accounts;
        this.departments = departments;
        this.departmentRule = departmentRule;
    }

    @ModelAttribute("staffName")
    String staffName(Principal staff) {
        return staff == null ? null : staff.getName();
    }

    @ModelAttribute("staffDepartment")
    String staffDepartment(Principal staff) {
        return staff == null ? null : accounts.departmentOf(staff.getName());
    }

    /** Admins see the staff accounts page in the nav; the security configuration refuses it to everyone else. */
    @ModelAttribute("staffIsAdmin")
    boolean staffIsAdmin(HttpServletRequest request) {
        return request.isUserInRole(StaffRole.ADMIN.name());
    }

    /**
     * The navigation entry a page belongs to ({@code /admin/opportunities} for an activity's edit page), marked
     * {@code aria-current="page"} so that, in the folded phone menu too, staff see where they are.
     */
    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!path.startsWith("/admin/")) {
            return "/admin";
        }
        int end = path.indexOf('/', "/admin/".length());
        return end < 0 ? path : path.substring(0, end);
    }

    /** Every department, for the filters and pickers. */
    @ModelAttribute("departmentNames")
    List<String> departmentNames() {
        return departments.names();
    }

    /** The departments the signed-in staff member may give a new item or notice, for the forms' 部署 pickers. */
    @ModelAttribute("assignableDepartments")
    List<String> assignableDepartments() {
        return departmentRule.assignable();
    }

    /** Times are shown in Miyazaki's zone: {@code #temporals.format(instant.atZone(tokyo), …)}. */
    @ModelAttribute("tokyo")
    ZoneId tokyo() {
        return CityTime.ZONE;
    }
}
