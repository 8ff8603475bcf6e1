package jp.miyazaki.kyodo.signup;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.DepartmentRule;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Opportunity;

/**
 * Staff reading who signed up for an opportunity — names and contacts, so personal data: only the opportunity's
 * department's staff and admins may ({@link DepartmentRule}), and every reading is audited, on a page or in JSON as
 * much as in a CSV download. The admin API and the console both read through here, for the attendance roll (the
 * same names) as for the list itself.
 */
@Service
public class SignUpLists {

    private final CatalogRepository catalog;
    private final SignUps signUps;
    private final AuditLog audit;
    private final DepartmentRule departmentRule;

    public SignUpLists(CatalogRepository catalog, SignUps signUps, AuditLog audit, DepartmentRule departmentRule) {
        this.catalog = catalog;
        this.signUps = signUps;
        this.audit = audit;
        this.departmentRule = departmentRule;
    }

    /**
     * The opportunity's sign-ups, confirmed first, then the waitlist in order; empty when there is no such
     * opportunity. Refused ({@code OtherDepartmentsItem}) for another department's staff.
     */
    public Optional<SignUpList> read(String opportunityId, Reading reading) {
        Optional<Opportunity> opportunity = catalog.findOpportunity(opportunityId);
        opportunity.ifPresent(found -> departmentRule.requireMayReadSignUps(found.department()));
        return opportunity.map(found -> {
            List<SignUp> all = signUps.ofOpportunity(opportunityId);
            audit.record(reading.action, new AuditLog.Target(opportunityId, found.title()),
                    all.size() + "件" + reading.detail, List.of());
            return new SignUpList(found, all);
        });
    }

    /** How staff read the list: on screen (a page or JSON), as a file to keep (CSV) or as the attendance roll. */
    public enum Reading {
        VIEW("signups.view", ""),
        EXPORT("signups.export", "（CSVで保存）"),
        ATTENDANCE("attendance.view", "（出席簿）");

        private final String action;
        private final String detail;

        Reading(String action, String detail) {
            this.action = action;
            this.detail = detail;
        }
    }

    /** An opportunity and its sign-ups. */
    public record SignUpList(Opportunity opportunity, List<SignUp> signUps) {
    }
}
