package jp.miyazaki.kyodo.console;

import java.security.Principal;
import java.time.ZoneId;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.admin.StaffAccounts;

/** What every console page shows: who is signed in and their department, and times in Miyazaki's zone. */
@ControllerAdvice(basePackageClasses = StaffNameAdvice.class)
class StaffNameAdvice {

    private final StaffAccounts accounts;
    private final Departments departments;

    StaffNameAdvice(StaffAccounts accounts, Departments departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    @ModelAttribute("staffName")
    String staffName(Principal staff) {
        return staff == null ? null : staff.getName();
    }

    @ModelAttribute("staffDepartment")
    String staffDepartment(Principal staff) {
        return staff == null ? null : accounts.departmentOf(staff.getName());
    }

    /** Every department, for the filters and pickers. */
    @ModelAttribute("departmentNames")
    List<String> departmentNames() {
        return departments.names();
    }

    /** Times are shown in Miyazaki's zone: {@code #temporals.format(instant.atZone(tokyo), …)}. */
    @ModelAttribute("tokyo")
    ZoneId tokyo() {
        return OpportunityForm.TOKYO;
    }
}
