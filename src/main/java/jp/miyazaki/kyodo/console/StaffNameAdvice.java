package jp.miyazaki.kyodo.console;

import java.security.Principal;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows: who is signed in, and times in Miyazaki's zone. */
@ControllerAdvice(basePackageClasses = StaffNameAdvice.class)
class StaffNameAdvice {

    @ModelAttribute("staffName")
    String staffName(Principal staff) {
        return staff == null ? null : staff.getName();
    }

    /** Times are shown in Miyazaki's zone: {@code #temporals.format(instant.atZone(tokyo), …)}. */
    @ModelAttribute("tokyo")
    ZoneId tokyo() {
        return OpportunityForm.TOKYO;
    }
}
