package jp.miyazaki.kyodo.group;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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

import jp.miyazaki.kyodo.admin.StaffApi;
import jp.miyazaki.kyodo.link.AccountLinks;
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

    private final GroupDirectory directory;
    private final GroupChanges changes;
    private final AccountLinks links;
    private final JoinRequests joinRequests;
    private final Recruitments recruitments;
    private final RecruitmentDecisions decisions;

    public GroupAdminController(GroupDirectory directory, GroupChanges changes, AccountLinks links,
            JoinRequests joinRequests, Recruitments recruitments, RecruitmentDecisions decisions) {
        this.directory = directory;
        this.changes = changes;
        this.links = links;
        this.joinRequests = joinRequests;
        this.recruitments = recruitments;
        this.decisions = decisions;
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
    public ResponseEntity<Group> create(@Valid @RequestBody GroupFields request) {
        Group created = changes.create(request);
        return ResponseEntity.created(URI.create("/api/admin/groups/" + created.id())).body(created);
    }

    @PutMapping("/groups/{id}")
    @Operation(summary = "Replaces a group's public fields")
    public Group update(@PathVariable String id, @Valid @RequestBody GroupFields request) {
        return changes.update(id, request).orElseThrow(() -> notFound("group"));
    }

    @DeleteMapping("/groups/{id}")
    @Operation(summary = "Deletes a group and unlinks its leaders; its published opportunities stay in the catalog")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        changes.delete(id).orElseThrow(() -> notFound("group"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/groups/{id}/link-code")
    @Operation(summary = "Issues a one-time code the group's leader sends to the bot (「連携コード XXXX-XXXX」) to link "
            + "their LINE account; shown once, valid until expiresAt")
    public LinkCode linkCode(@PathVariable String id) {
        GroupChanges.LinkCode issued = changes.issueLinkCode(id).orElseThrow(() -> notFound("group"));
        return new LinkCode(issued.group().id(), issued.code(), issued.expiresAt());
    }

    @GetMapping("/groups/{id}/leaders")
    @Operation(summary = "How many LINE accounts are linked to the group, as pseudonyms (never LINE ids)")
    public Leaders leaders(@PathVariable String id) {
        Group group = existing(id);
        List<String> pseudonyms = links.linkedUsers(new LinkTarget(GroupDirectory.LINK_KIND, group.id())).stream()
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
        return decided(decisions.approve(id));
    }

    @PostMapping("/recruitments/{id}/reject")
    @Operation(summary = "Turns a pending recruitment down; the reason (at most 500 characters, 400 when blank or "
            + "longer) is told to the leaders on LINE")
    public Decided reject(@PathVariable String id, @RequestBody Rejection request) {
        return decided(decisions.reject(id, request.reason()));
    }

    private Decided decided(RecruitmentReview.Decision decision) {
        if (decision instanceof RecruitmentReview.Decision.Done done) {
            return new Decided(view(done.recruitment()), done.leadersTold());
        }
        if (decision instanceof RecruitmentReview.Decision.AlreadyDecided already) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the recruitment is already "
                    + already.recruitment().status().id());
        }
        if (decision instanceof RecruitmentReview.Decision.NoReason) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the reason must be 1 to "
                    + RecruitmentReview.MAX_REASON + " characters");
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
    public record Rejection(String reason) {
    }
}
