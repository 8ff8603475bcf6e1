package jp.miyazaki.kyodo.catalog;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.miyazaki.kyodo.admin.DepartmentRule;
import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffApi;

import jp.miyazaki.kyodo.catalog.OpportunityChanges.Refusal;
import jp.miyazaki.kyodo.catalog.OpportunityChanges.Removal;
import jp.miyazaki.kyodo.catalog.OpportunityChanges.Update;
import jp.miyazaki.kyodo.shared.ChangeRefused;
import jp.miyazaki.kyodo.shared.RefusalProblem;

/**
 * The catalog for staff: opportunities, grants and facilities. Sign-ups are never dropped silently: lowering an
 * opportunity's capacity below the places taken is refused with 409 and the reason; deleting an opportunity
 * anyone signed up for is refused with 409 unless forced, and then each of them is told on LINE. Moving an
 * opportunity's date, times or place tells everyone signed up, unless {@code notify=false}. Every item
 * belongs to a department: one given in the request, else the signed-in staff member's (on create) or the one it
 * had (on update); lists filter by {@code ?department=} and show the department of items stored without one as the
 * default department. Only an item's department's staff (and admins) change and delete it: 403 otherwise
 * ({@link DepartmentRule}). Opportunities that look like a new one are offered so staff can connect groups.
 * Changes go through {@link OpportunityChanges} and {@link CatalogItemChanges}, as the console's do.
 */
@StaffApi
@RestController
@RequestMapping("/api/admin")
@Validated
@Tag(name = "catalog", description = "Opportunities, grants and facilities")
public class CatalogAdminController {

    private static final String CATEGORY = "childcare|education|environment|welfare|culture|international"
            + "|community|disaster|sports";
    private static final String TRANSLATIONS = "The item's texts by language; only en (English) is accepted, every "
            + "field is optional, and English readers see the Japanese text, marked as such, where none is given. "
            + "Replaced as a whole on update; none when left out.";
    private static final String TRANSLATION_LANGUAGES = "translations are given for en only";
    private static final String UNKNOWN_DEPARTMENT = "unknown department; see /api/admin/departments";

    private final CatalogRepository catalog;
    private final OpportunityChanges changes;
    private final CatalogItemChanges items;
    private final SignedUpCitizens signUps;
    private final Departments departments;
    private final StaffAccounts staff;
    private final SimilarOpportunities similar;

    public CatalogAdminController(CatalogRepository catalog, OpportunityChanges changes, CatalogItemChanges items,
            SignedUpCitizens signUps, Departments departments, StaffAccounts staff, SimilarOpportunities similar) {
        this.catalog = catalog;
        this.changes = changes;
        this.items = items;
        this.signUps = signUps;
        this.departments = departments;
        this.staff = staff;
        this.similar = similar;
    }

    // --- opportunities ---

    @GetMapping("/opportunities")
    @Operation(summary = "Every opportunity, soonest first, with the places taken; only one department's with "
            + "?department=")
    public List<OpportunityView> opportunities(@RequestParam(required = false) @Size(max = 40) String department) {
        return catalog.listOpportunities().stream().filter(o -> departments.matches(o.department(), department))
                .map(this::view).toList();
    }

    @GetMapping("/opportunities/{id}")
    public OpportunityView opportunity(@PathVariable String id) {
        return view(existingOpportunity(id));
    }

    @PostMapping("/opportunities")
    @Operation(summary = "Adds an opportunity; its id is generated and, without a department, it belongs to the "
            + "signed-in staff member's department")
    public ResponseEntity<OpportunityView> createOpportunity(@Valid @RequestBody OpportunityRequest request,
            Principal who) {
        Opportunity created = changes.create(request.toOpportunity(newId("opp"), false, request.department()),
                staff.departmentOf(who.getName()));
        return ResponseEntity.created(URI.create("/api/admin/opportunities/" + created.id())).body(view(created));
    }

    @GetMapping("/opportunities/{id}/similar")
    @Operation(summary = "Existing opportunities that look like this one (same category, district, shared words), "
            + "ended ones included and marked, so staff can connect groups instead of duplicating work")
    public List<SimilarView> similarOpportunities(@PathVariable String id,
            @RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit) {
        return similarViews(existingOpportunity(id), limit);
    }

    @PostMapping("/opportunities/similar")
    @Operation(summary = "Existing opportunities that look like a draft, before it is added")
    public List<SimilarView> similarToDraft(@Valid @RequestBody OpportunityRequest draft,
            @RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit) {
        return similarViews(draft.toOpportunity("draft", false, null), limit);
    }

    @PutMapping("/opportunities/{id}")
    @Operation(summary = "Replaces an opportunity; 409 when the capacity would fall below the places taken. When "
            + "its date, times or place change, everyone signed up (confirmed and waiting) is told on LINE once, "
            + "with what changed, unless notify=false; citizensTold says how many")
    public UpdatedOpportunityView updateOpportunity(@PathVariable String id,
            @Valid @RequestBody OpportunityRequest request,
            @Parameter(description = "false: a small correction that the signed-up citizens are not told of")
            @RequestParam(defaultValue = "true") boolean notify) {
        Update update = changes.update(request.toOpportunity(id, false, request.department()), notify);
        OpportunityView view = view(update.opportunity());
        return new UpdatedOpportunityView(view.opportunity(), view.placesTaken(), view.signUps(),
                update.citizensTold());
    }

    @DeleteMapping("/opportunities/{id}")
    @Operation(summary = "Deletes an opportunity; 409 while anyone is signed up or waiting, unless force=true: "
            + "then each of them is told on LINE that it is cancelled and their sign-up is cancelled")
    public ResponseEntity<Removal> deleteOpportunity(@PathVariable String id,
            @RequestParam(defaultValue = "false") boolean force) {
        Removal removal = changes.delete(id, force);
        return removal.signUpsCancelled() == 0 ? ResponseEntity.noContent().build() : ResponseEntity.ok(removal);
    }

    /**
     * A refused change as a problem: 404, 400 for an unknown department, 409 where sign-ups are in the way (the
     * grants' and facilities' refusals too).
     */
    @ExceptionHandler(ChangeRefused.class)
    public ProblemDetail refused(ChangeRefused refused) {
        return RefusalProblem.of(refused)
                .when(Refusal.NoSuchOpportunity.class, HttpStatus.NOT_FOUND, "no such opportunity")
                .when(Refusal.UnknownDepartment.class, HttpStatus.BAD_REQUEST, UNKNOWN_DEPARTMENT)
                .when(Refusal.CapacityBelowPlacesTaken.class, HttpStatus.CONFLICT, below -> "capacity "
                        + below.capacity() + " is below the " + below.taken()
                        + " places already taken; cancel sign-ups first")
                .when(Refusal.SignUpsWouldBeDropped.class, HttpStatus.CONFLICT, dropped -> dropped.signUps()
                        + " sign-up(s) would be dropped; cancel them first or delete with force=true to tell them")
                .when(CatalogItemChanges.Refusal.NoSuchItem.class, HttpStatus.NOT_FOUND,
                        missing -> "no such " + missing.item())
                .when(CatalogItemChanges.Refusal.UnknownDepartment.class, HttpStatus.BAD_REQUEST, UNKNOWN_DEPARTMENT)
                .problem();
    }

    // --- grants ---

    @GetMapping("/grants")
    @Operation(summary = "Every grant, nearest deadline first; only one department's with ?department=")
    public List<Grant> grants(@RequestParam(required = false) @Size(max = 40) String department) {
        return catalog.listGrants().stream().filter(g -> departments.matches(g.department(), department))
                .map(g -> g.withDepartment(departments.of(g.department()))).toList();
    }

    @GetMapping("/grants/{id}")
    public Grant grant(@PathVariable String id) {
        Grant grant = catalog.findGrant(id).orElseThrow(() -> notFound("grant"));
        return grant.withDepartment(departments.of(grant.department()));
    }

    @PostMapping("/grants")
    @Operation(summary = "Adds a grant; without a department it belongs to the signed-in staff member's")
    public ResponseEntity<Grant> createGrant(@Valid @RequestBody GrantRequest request, Principal who) {
        Grant created = items.create(request.toGrant(newId("grant")), staff.departmentOf(who.getName()));
        return ResponseEntity.created(URI.create("/api/admin/grants/" + created.id())).body(created);
    }

    @PutMapping("/grants/{id}")
    public Grant updateGrant(@PathVariable String id, @Valid @RequestBody GrantRequest request) {
        return items.update(request.toGrant(id));
    }

    @DeleteMapping("/grants/{id}")
    public ResponseEntity<Void> deleteGrant(@PathVariable String id) {
        items.deleteGrant(id);
        return ResponseEntity.noContent().build();
    }

    // --- facilities ---

    @GetMapping("/facilities")
    @Operation(summary = "Every facility; only one department's with ?department=")
    public List<Facility> facilities(@RequestParam(required = false) @Size(max = 40) String department) {
        return catalog.listFacilities().stream().filter(f -> departments.matches(f.department(), department))
                .map(f -> f.withDepartment(departments.of(f.department()))).toList();
    }

    @GetMapping("/facilities/{id}")
    public Facility facility(@PathVariable String id) {
        Facility facility = catalog.findFacility(id).orElseThrow(() -> notFound("facility"));
        return facility.withDepartment(departments.of(facility.department()));
    }

    @PostMapping("/facilities")
    @Operation(summary = "Adds a facility; without a department it belongs to the signed-in staff member's")
    public ResponseEntity<Facility> createFacility(@Valid @RequestBody FacilityRequest request, Principal who) {
        Facility created = items.create(request.toFacility(newId("facility")), staff.departmentOf(who.getName()));
        return ResponseEntity.created(URI.create("/api/admin/facilities/" + created.id())).body(created);
    }

    @PutMapping("/facilities/{id}")
    public Facility updateFacility(@PathVariable String id, @Valid @RequestBody FacilityRequest request) {
        return items.update(request.toFacility(id));
    }

    @DeleteMapping("/facilities/{id}")
    public ResponseEntity<Void> deleteFacility(@PathVariable String id) {
        items.deleteFacility(id);
        return ResponseEntity.noContent().build();
    }

    private Opportunity existingOpportunity(String id) {
        return catalog.findOpportunity(id).orElseThrow(() -> notFound("opportunity"));
    }

    private OpportunityView view(Opportunity opportunity) {
        return new OpportunityView(opportunity.withDepartment(departments.of(opportunity.department())),
                signUps.taken(opportunity.id()), signUps.count(opportunity.id()));
    }

    private List<SimilarView> similarViews(Opportunity candidate, int limit) {
        return similar.similarTo(candidate, limit).stream().map(match -> new SimilarView(match.opportunity().id(),
                match.opportunity().title(), match.opportunity().organiser(),
                departments.of(match.opportunity().department()), match.opportunity().category().id(),
                match.opportunity().district(), match.opportunity().start(), similar.hasEnded(match.opportunity()),
                Math.round(match.score() * 100) / 100.0, match.sharedWords())).toList();
    }

    private static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such " + what);
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An opportunity with how many places are taken and how many sign-ups (confirmed and waiting) it has. */
    public record OpportunityView(Opportunity opportunity, int placesTaken, long signUps) {
    }

    /** An opportunity as updated, and how many signed-up citizens are told of the change on LINE. */
    public record UpdatedOpportunityView(Opportunity opportunity, int placesTaken, long signUps, int citizensTold) {
    }

    /**
     * An existing opportunity that looks like the one asked about: its owner and department to contact, whether
     * it has ended, how alike it is (0–1) and the words they share.
     */
    public record SimilarView(String id, String title, String organiser, String department, String category,
            String district, OffsetDateTime start, boolean ended, double score, List<String> sharedWords) {
    }

    /** An opportunity as staff write it; times with their offset (e.g. 2026-12-05T09:00:00+09:00). */
    public record OpportunityRequest(
            @NotBlank @Pattern(regexp = "volunteer|event|course", message = "volunteer, event or course") String kind,
            @NotBlank @Size(max = 100) String title,
            @Size(max = 2000) String description,
            @NotBlank @Pattern(regexp = CATEGORY, message = "a category id") String category,
            @Size(max = 40) String district,
            @Size(max = 200) String place,
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,
            @Min(0) @Max(100_000) int capacity,
            @Size(max = 100) String organiser,
            @Size(max = 200) String contact,
            @Size(max = 40) String department,
            @Schema(description = "Who can join easily: children_welcome (子ども連れOK), beginners (初心者歓迎), "
                    + "light_work (軽作業・座ってできる), wheelchair (車いす可), indoors (屋内・雨天可), online "
                    + "(オンライン). Replaced as a whole on update; none when left out.",
                    example = "[\"children_welcome\", \"beginners\"]")
            List<String> attributes,
            @Schema(description = "Where the place is, for citizens (optional)") @Size(max = 200) String address,
            @Valid LocationRequest location,
            @Schema(description = TRANSLATIONS, example = "{\"en\": {\"title\": \"Aoshima Beach Clean-up\", "
                    + "\"description\": \"Picking up litter on Aoshima beach.\", \"place\": \"North car park\", "
                    + "\"organiser\": \"Aoshima Community Council\"}}")
            Map<String, @Valid OpportunityTranslation> translations) {

        @AssertTrue(message = TRANSLATION_LANGUAGES)
        public boolean isKnownTranslationLanguages() {
            return knownLanguages(translations);
        }

        @AssertTrue(message = "attributes are children_welcome, beginners, light_work, wheelchair, indoors or online")
        public boolean isKnownAttributes() {
            return OpportunityAttribute.allKnown(attributes);
        }

        @AssertTrue(message = "end must not be before start")
        public boolean isEndAfterStart() {
            return start == null || end == null || !end.isBefore(start);
        }

        Opportunity toOpportunity(String id, boolean sample, String owner) {
            return new Opportunity(id, OpportunityKind.parse(kind).orElseThrow(), title, description,
                    Category.parse(category).orElseThrow(), district, place, start, end, capacity, organiser,
                    contact, sample, owner, OpportunityAttribute.of(attributes), address,
                    LocationRequest.point(location), OpportunityTranslation.of(translations));
        }
    }

    /** A grant as staff write it. */
    public record GrantRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 2000) String purpose,
            List<@Pattern(regexp = CATEGORY, message = "a category id") String> categories,
            List<@NotBlank String> eligibleGroups,
            @Size(max = 100) String amount,
            LocalDate applicationOpens,
            LocalDate applicationCloses,
            @NotNull LocalDate deadline,
            List<@NotBlank String> requiredDocuments,
            @Size(max = 200) String contact,
            @Pattern(regexp = "https?://\\S+", message = "an http(s) address") String url,
            @Size(max = 40) String department,
            @Schema(description = TRANSLATIONS + " For a grant, title is its name and description its purpose.",
                    example = "{\"en\": {\"title\": \"Community Activity Grant\", \"description\": \"For "
                            + "activities that make a neighbourhood better.\"}}")
            Map<String, @Valid ItemTranslation> translations) {

        @AssertTrue(message = TRANSLATION_LANGUAGES)
        public boolean isKnownTranslationLanguages() {
            return knownLanguages(translations);
        }

        @AssertTrue(message = "the deadline must not be before the application opens")
        public boolean isDeadlineAfterOpening() {
            return applicationOpens == null || deadline == null || !deadline.isBefore(applicationOpens);
        }

        @AssertTrue(message = "applicationCloses must be between applicationOpens and the deadline")
        public boolean isClosingWithinWindow() {
            return applicationCloses == null
                    || (applicationOpens == null || !applicationCloses.isBefore(applicationOpens))
                    && (deadline == null || !applicationCloses.isAfter(deadline));
        }

        Grant toGrant(String id) {
            List<Category> parsed = categories == null ? List.of()
                    : categories.stream().map(c -> Category.parse(c).orElseThrow()).toList();
            return new Grant(id, name, purpose, parsed, eligibleGroups, amount, applicationOpens, applicationCloses,
                    deadline, requiredDocuments, contact, url, false, department, ItemTranslation.of(translations));
        }
    }

    /** A facility as staff write it. */
    public record FacilityRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 40) String kind,
            @Size(max = 40) String district,
            @Size(max = 200) String address,
            @Size(max = 200) String hours,
            List<@NotBlank String> rooms,
            List<@NotBlank String> equipment,
            @Size(max = 500) String bookingMethod,
            @Pattern(regexp = "[0-9+()\\- ]{0,20}", message = "a phone number") String phone,
            @Size(max = 40) String department,
            @Valid LocationRequest location,
            @Schema(description = TRANSLATIONS + " For a facility, title is its name and description how to book "
                    + "it.", example = "{\"en\": {\"title\": \"Sadowara Community Hall\", \"description\": "
                            + "\"Book at the counter or by phone.\"}}")
            Map<String, @Valid ItemTranslation> translations) {

        @AssertTrue(message = TRANSLATION_LANGUAGES)
        public boolean isKnownTranslationLanguages() {
            return knownLanguages(translations);
        }

        @AssertTrue(message = "district is one of the city's districts (see the console's list)")
        public boolean isKnownDistrict() {
            return district == null || district.isBlank() || District.NAMES.contains(district.strip());
        }

        Facility toFacility(String id) {
            return new Facility(id, name, kind, district, address, hours, rooms, equipment, bookingMethod, phone,
                    false, department, LocationRequest.point(location), ItemTranslation.of(translations));
        }
    }

    /** Whether every language of the translations is one items can be translated into. */
    private static boolean knownLanguages(Map<String, ?> translations) {
        return translations == null || Translations.LANGUAGES.containsAll(translations.keySet());
    }

    /** An opportunity's texts in another language; each optional, the Japanese is shown for what is left out. */
    public record OpportunityTranslation(
            @Size(max = TranslatedText.TITLE_MAX) String title,
            @Size(max = TranslatedText.DESCRIPTION_MAX) String description,
            @Size(max = TranslatedText.PLACE_MAX) String place,
            @Size(max = TranslatedText.ORGANISER_MAX) String organiser) {

        static Translations of(Map<String, OpportunityTranslation> given) {
            return given == null ? Translations.NONE : new Translations(given.entrySet().stream()
                    .filter(entry -> entry.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> new TranslatedText(entry.getValue().title(),
                            entry.getValue().description(), entry.getValue().place(), entry.getValue().organiser()))));
        }
    }

    /** A grant's or facility's name and description in another language; each optional. */
    public record ItemTranslation(
            @Size(max = TranslatedText.TITLE_MAX) String title,
            @Size(max = TranslatedText.DESCRIPTION_MAX) String description) {

        static Translations of(Map<String, ItemTranslation> given) {
            return given == null ? Translations.NONE : new Translations(given.entrySet().stream()
                    .filter(entry -> entry.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey,
                            entry -> new TranslatedText(entry.getValue().title(), entry.getValue().description()))));
        }
    }

    /**
     * Where an item stands, in WGS 84 degrees as map apps show them (e.g. 佐土原公民館 about 32.029, 131.427): both
     * numbers or no {@code location} at all. Citizens who share their location get the nearest items first.
     */
    @Schema(description = "WGS 84 degrees; both or no location at all", example = "{\"latitude\": 32.0286, "
            + "\"longitude\": 131.4265}")
    public record LocationRequest(
            @NotNull(message = "latitude and longitude are given together")
            @DecimalMin(value = "-90", message = "latitude is between -90 and 90")
            @DecimalMax(value = "90", message = "latitude is between -90 and 90") Double latitude,
            @NotNull(message = "latitude and longitude are given together")
            @DecimalMin(value = "-180", message = "longitude is between -180 and 180")
            @DecimalMax(value = "180", message = "longitude is between -180 and 180") Double longitude) {

        static GeoPoint point(LocationRequest location) {
            return location == null ? null : new GeoPoint(location.latitude(), location.longitude());
        }
    }
}
