package jp.miyazaki.kyodo.group;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffApi;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.District;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkProperties;
import jp.miyazaki.kyodo.link.LinkTarget;
import jp.miyazaki.kyodo.observability.Pseudonym;

/**
 * Groups for staff: the directory, link codes for leaders, join requests, and the recruitments leaders post,
 * which staff approve (published as an opportunity) or reject with a reason (told to the leaders).
 */
@StaffApi
@RestController
@RequestMapping("/api/admin")
@Validated
@Tag(name = "groups", description = "Citizens' groups, their leaders, join requests and recruitments")
public class GroupAdminController {

    static final String CATEGORY = "childcare|education|environment|welfare|culture|international"
            + "|community|disaster|sports";

    private final GroupDirectory directory;
    private final AccountLinks links;
    private final LinkProperties linkProperties;
    private final JoinRequests joinRequests;
    private final Recruitments recruitments;
    private final RecruitmentReview review;
    private final AuditLog audit;
    private final Clock clock;

    public GroupAdminController(GroupDirectory directory, AccountLinks links, LinkProperties linkProperties,
            JoinRequests joinRequests, Recruitments recruitments, RecruitmentReview review, AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.directory = directory;
        this.links = links;
        this.linkProperties = linkProperties;
        this.joinRequests = joinRequests;
        this.recruitments = recruitments;
        this.review = review;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    // --- groups ---

    @GetMapping("/groups")
    @Operation(summary = "Every group, by name")
    public List<Group> groups() {
        return directory.list();
    }

    @GetMapping("/groups/{id}")
    public Group group(@PathVariable String id) {
        return existing(id);
    }

    @PostMapping("/groups")
    @Operation(summary = "Adds a group; its id (GRP-n) is generated")
    public ResponseEntity<Group> create(@Valid @RequestBody GroupRequest request) {
        Group created = directory.create(request.toGroup("new", false));
        audit.record("group.create", new AuditLog.Target(created.id(), created.name()), null, List.of());
        return ResponseEntity.created(URI.create("/api/admin/groups/" + created.id())).body(created);
    }

    @PutMapping("/groups/{id}")
    @Operation(summary = "Replaces a group's public fields")
    public Group update(@PathVariable String id, @Valid @RequestBody GroupRequest request) {
        Group before = existing(id);
        Group updated = request.toGroup(before.id(), before.sample());
        directory.save(updated);
        audit.record("group.update", new AuditLog.Target(id, updated.name()), null,
                GroupAuditFields.of(before, updated));
        return updated;
    }

    @DeleteMapping("/groups/{id}")
    @Operation(summary = "Deletes a group and unlinks its leaders; its published opportunities stay in the catalog")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        Group group = existing(id);
        LinkTarget target = new LinkTarget(GroupLinkNames.KIND, group.id());
        links.linkedUsers(target).forEach(leader -> links.unlink(leader, target));
        directory.delete(group.id());
        audit.record("group.delete", new AuditLog.Target(id, group.name()), null, List.of());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/groups/{id}/link-code")
    @Operation(summary = "Issues a one-time code the group's leader sends to the bot (「連携コード XXXX-XXXX」) to link "
            + "their LINE account; shown once, valid until expiresAt")
    public LinkCode linkCode(@PathVariable String id) {
        Group group = existing(id);
        String code = links.issue(new LinkTarget(GroupLinkNames.KIND, group.id()));
        audit.record("group.link-code", new AuditLog.Target(group.id(), group.name()), null, List.of());
        return new LinkCode(group.id(), code, Instant.now(clock).plus(linkProperties.codeValidity()));
    }

    @GetMapping("/groups/{id}/leaders")
    @Operation(summary = "How many LINE accounts are linked to the group, as pseudonyms (never LINE ids)")
    public Leaders leaders(@PathVariable String id) {
        Group group = existing(id);
        List<String> pseudonyms = links.linkedUsers(new LinkTarget(GroupLinkNames.KIND, group.id())).stream()
                .map(Pseudonym::of).sorted().toList();
        return new Leaders(group.id(), pseudonyms.size(), pseudonyms);
    }

    // --- join requests ---

    @GetMapping("/join-requests")
    @Operation(summary = "Citizens' join requests, newest first; group narrows them. leadersTold = 0 means no leader "
            + "is linked and staff pass the request on")
    public List<JoinRequest> joinRequests(@RequestParam(required = false) @Size(max = 20) String group) {
        return group == null ? joinRequests.list() : joinRequests.ofGroup(group.strip().toUpperCase());
    }

    // --- recruitments ---

    @GetMapping("/recruitments")
    @Operation(summary = "Recruitments posted by leaders, oldest first; status narrows them (pending, approved, rejected)")
    public List<RecruitmentView> recruitments(@RequestParam(required = false)
            @Pattern(regexp = "(?i)pending|approved|rejected", message = "pending, approved or rejected") String status) {
        return recruitments.list().stream()
                .filter(r -> status == null || r.status().name().equalsIgnoreCase(status))
                .map(this::view).toList();
    }

    @GetMapping("/recruitments/{id}")
    public RecruitmentView recruitment(@PathVariable String id) {
        return view(recruitments.find(id).orElseThrow(() -> notFound("recruitment")));
    }

    @PostMapping("/recruitments/{id}/approve")
    @Operation(summary = "Publishes a pending recruitment as an opportunity organised by the group and tells the "
            + "leaders on LINE; 409 when it was decided before")
    public Decided approve(@PathVariable String id) {
        Decided decided = decided(review.approve(id));
        audit.record("recruitment.approve", new AuditLog.Target(id, decided.recruitment().recruitment().title()),
                "活動として公開", List.of());
        return decided;
    }

    @PostMapping("/recruitments/{id}/reject")
    @Operation(summary = "Turns a pending recruitment down; the reason is told to the leaders on LINE")
    public Decided reject(@PathVariable String id, @Valid @RequestBody Rejection request) {
        Decided decided = decided(review.reject(id, request.reason().strip()));
        audit.record("recruitment.reject", new AuditLog.Target(id, decided.recruitment().recruitment().title()),
                "差し戻しの理由（" + request.reason().strip().length() + "文字）を代表者に送信", List.of());
        return decided;
    }

    private Decided decided(RecruitmentReview.Decision decision) {
        if (decision instanceof RecruitmentReview.Decision.Done done) {
            return new Decided(view(done.recruitment()), done.leadersTold());
        }
        if (decision instanceof RecruitmentReview.Decision.AlreadyDecided already) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the recruitment is already "
                    + already.recruitment().status().id());
        }
        throw notFound("recruitment");
    }

    private RecruitmentView view(Recruitment r) {
        return new RecruitmentView(r, directory.find(r.groupId()).map(Group::name).orElse(r.groupId()));
    }

    private Group existing(String id) {
        return directory.find(id).orElseThrow(() -> notFound("group"));
    }

    private static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such " + what);
    }

    /** A group as staff write it: public fields only. */
    public record GroupRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = "civic|council|npo|business", message = "civic, council, npo or business")
            String kind,
            List<@NotBlank @Size(max = 10) String> districts,
            @NotEmpty List<@NotBlank @Pattern(regexp = CATEGORY, message = "a category id") String> categories,
            @Size(max = 1000) String description,
            @Size(max = 500) String howToJoin,
            @Size(max = 200) String contact) {

        Group toGroup(String id, boolean sample) {
            List<String> places = districts == null ? List.of() : districts.stream()
                    .map(d -> District.canonical(d).orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.UNPROCESSABLE_CONTENT, "unknown district: " + d))).distinct().toList();
            return new Group(id, name.strip(), GroupKind.parse(kind).orElseThrow(), places,
                    categories.stream().map(c -> Category.parse(c).orElseThrow()).distinct().toList(), description,
                    howToJoin, contact, sample);
        }
    }

    /** A one-time link code for the group's leader. */
    public record LinkCode(String groupId, String code, Instant expiresAt) {
    }

    /** The group's linked leaders as pseudonyms. */
    public record Leaders(String groupId, int count, List<String> pseudonyms) {
    }

    /** A recruitment with its group's name. */
    public record RecruitmentView(Recruitment recruitment, String groupName) {
    }

    /** What staff decided, and how many leaders LINE took the news for. */
    public record Decided(RecruitmentView recruitment, int leadersTold) {
    }

    /** Why a recruitment is turned down, as the leaders will read it. */
    public record Rejection(@NotBlank @Size(max = 500) String reason) {
    }
}
