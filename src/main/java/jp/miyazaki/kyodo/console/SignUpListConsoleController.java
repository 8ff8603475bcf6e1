package jp.miyazaki.kyodo.console;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jp.miyazaki.kyodo.signup.SignUpLists;
import jp.miyazaki.kyodo.signup.SignUpLists.Reading;
import jp.miyazaki.kyodo.signup.SignUpLists.SignUpList;
import jp.miyazaki.kyodo.signup.SignUpsCsv;
import jp.miyazaki.kyodo.web.CsvForExcel;

/**
 * An opportunity's sign-ups, as a page and as CSV for Excel: only its department's staff (and admins) read them,
 * and every reading is audited ({@link SignUpLists}). Kept here rather than with the catalog's pages, since the
 * sign-up feature depends on the catalog and not the other way round.
 */
@Controller
class SignUpListConsoleController {

    private final SignUpLists signUpLists;

    SignUpListConsoleController(SignUpLists signUpLists) {
        this.signUpLists = signUpLists;
    }

    @GetMapping("/admin/opportunities/{id}/signups")
    String signUps(@PathVariable String id, Model model) {
        SignUpList list = signUpLists.read(id, Reading.VIEW).orElseThrow(SignUpListConsoleController::notFound);
        model.addAttribute("opportunity", list.opportunity());
        model.addAttribute("signUps", list.signUps());
        return "console/signups";
    }

    @GetMapping("/admin/opportunities/{id}/signups.csv")
    ResponseEntity<byte[]> signUpsCsv(@PathVariable String id) {
        SignUpList list = signUpLists.read(id, Reading.EXPORT).orElseThrow(SignUpListConsoleController::notFound);
        return ResponseEntity.ok()
                .contentType(CsvForExcel.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("signups-" + id + ".csv").build().toString())
                .body(SignUpsCsv.of(list.signUps()));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such opportunity");
    }
}
