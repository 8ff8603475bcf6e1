package jp.miyazaki.kyodo.signup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffApi;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.web.CsvForExcel;

/**
 * Who signed up for an opportunity: JSON for scripts, or CSV for Excel (UTF-8 with a byte order mark, which is
 * how Excel recognises UTF-8, and Japanese headers). LINE user ids are left out: staff need names and contacts.
 * Each download is audited because it carries personal data.
 */
@StaffApi
@RestController
@RequestMapping("/api/admin/opportunities/{id}/signups")
@Tag(name = "sign-ups")
public class SignUpListController {


    private final CatalogRepository catalog;
    private final SignUps signUps;
    private final AuditLog audit;

    public SignUpListController(CatalogRepository catalog, SignUps signUps, AuditLog audit) {
        this.catalog = catalog;
        this.signUps = signUps;
        this.audit = audit;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign-ups of an opportunity: confirmed first, then the waitlist in order")
    public List<SignUpView> list(@PathVariable String id) {
        List<SignUpView> views = signUpsOf(id).stream().map(SignUpView::of).toList();
        audit.record("signups.view", new AuditLog.Target(id, title(id)), views.size() + "件", List.of());
        return views;
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "The same list as CSV for Excel (UTF-8 with BOM)")
    public ResponseEntity<byte[]> csv(@PathVariable String id) {
        List<SignUp> all = signUpsOf(id);
        audit.record("signups.export", new AuditLog.Target(id, title(id)), all.size() + "件", List.of());
        return ResponseEntity.ok().contentType(CsvForExcel.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("signups-" + id + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(SignUpsCsv.of(all));
    }

    private String title(String id) {
        return catalog.findOpportunity(id).map(Opportunity::title).orElse(null);
    }

    private List<SignUp> signUpsOf(String id) {
        if (catalog.findOpportunity(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such opportunity");
        }
        return signUps.ofOpportunity(id);
    }

    /** One sign-up for staff, without the LINE user id. */
    public record SignUpView(String reference, String name, String contact, int people, String status,
            Instant signedUpAt) {
        static SignUpView of(SignUp signUp) {
            return new SignUpView(signUp.reference(), signUp.name(), signUp.contact(), signUp.people(),
                    signUp.status().name().toLowerCase(), signUp.signedUpAt());
        }
    }
}
