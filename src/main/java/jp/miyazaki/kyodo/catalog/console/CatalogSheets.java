package jp.miyazaki.kyodo.catalog.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.admin.Departments;
import jp.miyazaki.kyodo.catalog.CatalogItemChanges;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Facility;
import jp.miyazaki.kyodo.catalog.Grant;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityChanged;
import jp.miyazaki.kyodo.catalog.OpportunityChanges;
import jp.miyazaki.kyodo.catalog.SignedUpCitizens;
import jp.miyazaki.kyodo.catalog.console.CatalogSheet.Column;
import jp.miyazaki.kyodo.catalog.console.CatalogSheet.Store;

/**
 * The catalog's three sheets. Their columns are the console forms' fields, in the forms' order, headed with the
 * forms' Japanese labels (the import also takes the English names), the English texts included, so that an
 * import that replaces an item keeps them; values are as staff type them in the forms:
 * ids or labels for kinds and categories, times in Miyazaki, lists one item per line. The {@code ID} column says
 * which item a row replaces; a row without one adds a new item. Each row is checked with the form's rules (in
 * Japanese, as the console shows them) and then with {@link OpportunityChanges#vetted} or
 * {@link CatalogItemChanges#vetted}, the rules every create and update of the API and the console passes.
 */
@Component
class CatalogSheets {

    private final List<CatalogSheet<?>> sheets;

    CatalogSheets(CatalogRepository catalog, OpportunityChanges opportunityChanges, CatalogItemChanges itemChanges,
            SignedUpCitizens signUps, Departments departments, ApplicationEventPublisher events) {
        Validator validator = japanese();
        this.sheets = List.of(
                opportunities(catalog, opportunityChanges, signUps, departments, events, validator),
                grants(catalog, itemChanges, departments, validator),
                facilities(catalog, itemChanges, departments, validator));
    }

    /** The sheet of the list at {@code path} ({@code opportunities}, {@code grants}, {@code facilities}). */
    Optional<CatalogSheet<?>> at(String path) {
        return sheets.stream().filter(sheet -> sheet.path().equals(path)).findFirst();
    }

    /** The sheet of the list a request's path names: {@code /admin/grants/import}, {@code /api/admin/grants/…}. */
    CatalogSheet<?> of(HttpServletRequest request) {
        return Arrays.stream(request.getRequestURI().substring(request.getContextPath().length()).split("/"))
                .map(this::at).flatMap(Optional::stream).findFirst().orElseThrow();
    }

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static CatalogSheet<Opportunity> opportunities(CatalogRepository catalog, OpportunityChanges changes,
            SignedUpCitizens signUps, Departments departments, ApplicationEventPublisher events, Validator validator) {
        List<Column> columns = columns("id", "ID", "kind", "種類", "title", "タイトル", "category", "分野",
                "district", "地域", "place", "場所", "start", "開始日時", "end", "終了日時", "capacity", "定員",
                "organiser", "主催", "contact", "問い合わせ先", "description", "説明", "department", "部署",
                "attributes", "参加しやすさ", "address", "住所", "latitude", "緯度", "longitude", "経度",
                "englishTitle", "英語のタイトル", "englishDescription", "英語の説明", "englishPlace", "英語の場所",
                "englishOrganiser", "英語の主催");
        Map<String, String> fieldOf = Map.of("endAfterStart", "end", "knownKindAndCategory", "kind",
                "knownAttributes", "attributes", "positionOrNone", "latitude");
        CatalogSheet.RowReader<Opportunity> reader = (cells, id, sample) -> {
            OpportunityForm form = new OpportunityForm(cells.text("title"), cells.text("kind"),
                    cells.text("category"), cells.text("district"), cells.text("place"), cells.dateTime("start"),
                    cells.dateTime("end"), cells.count("capacity"), cells.text("description"),
                    cells.text("organiser"), cells.text("contact"), cells.text("department"),
                    cells.ids("attributes"), cells.text("address"), cells.text("latitude"),
                    cells.text("longitude"), cells.text("englishTitle"), cells.text("englishDescription"),
                    cells.text("englishPlace"), cells.text("englishOrganiser"));
            return cells.valid(form, validator, fieldOf) ? form.toOpportunity(id, sample) : null;
        };
        Function<Opportunity, List<String>> written = o -> {
            OpportunityForm f = OpportunityForm.of(o.withDepartment(departments.of(o.department())));
            return cells(o.id(), f.kind(), f.title(), f.category(), f.district(), f.place(),
                    CatalogSheet.dateTime(f.start()), CatalogSheet.dateTime(f.end()), Integer.toString(f.capacity()),
                    f.organiser(), f.contact(), f.description(), f.department(), String.join(",", f.attributes()),
                    f.address(), f.latitude(), f.longitude(), f.englishTitle(), f.englishDescription(),
                    f.englishPlace(), f.englishOrganiser());
        };
        Store<Opportunity> store = new Store<>(catalog::findOpportunity, catalog::listOpportunities,
                Opportunity::id, Opportunity::title, Opportunity::sample, changes::vetted, catalog::save,
                catalog::deleteOpportunity, (before, after) -> {
                    // As an edit in the console: a moved time or place is told to everyone signed up.
                    List<String> told = OpportunityChanged.mattersToCitizens(before, after)
                            ? signUps.citizensOf(after.id()) : List.of();
                    if (!told.isEmpty()) {
                        events.publishEvent(new OpportunityChanged(UUID.randomUUID().toString(), before, after, told));
                    }
                    return told.size();
                });
        return new CatalogSheet<>("opportunity", "opportunities", "ボランティア・イベント", "opp", columns, fieldOf,
                reader, written, store);
    }

    private static CatalogSheet<Grant> grants(CatalogRepository catalog, CatalogItemChanges changes,
            Departments departments, Validator validator) {
        List<Column> columns = columns("id", "ID", "name", "名称", "purpose", "目的・内容", "categories", "分野",
                "eligibleGroups", "対象団体", "amount", "金額", "applicationOpens", "受付開始日",
                "applicationCloses", "受付終了日", "deadline", "締切日", "requiredDocuments", "必要書類",
                "contact", "問い合わせ先", "url", "詳しい案内のURL", "department", "部署", "englishName", "英語の名称",
                "englishPurpose", "英語の目的・内容");
        Map<String, String> fieldOf = Map.of("deadlineAfterOpening", "deadline", "closingWithinWindow",
                "applicationCloses", "knownCategories", "categories");
        CatalogSheet.RowReader<Grant> reader = (cells, id, sample) -> {
            GrantForm form = new GrantForm(cells.text("name"), cells.text("purpose"), cells.ids("categories"),
                    cells.text("eligibleGroups"), cells.text("amount"), cells.date("applicationOpens"),
                    cells.date("applicationCloses"), cells.date("deadline"), cells.text("requiredDocuments"),
                    cells.text("contact"), cells.text("url"), cells.text("department"), cells.text("englishName"),
                    cells.text("englishPurpose"));
            return cells.valid(form, validator, fieldOf) ? form.toGrant(id, sample) : null;
        };
        Function<Grant, List<String>> written = g -> {
            GrantForm f = GrantForm.of(g.withDepartment(departments.of(g.department())));
            return cells(g.id(), f.name(), f.purpose(), String.join(",", f.categories()), f.eligibleGroups(),
                    f.amount(), CatalogSheet.date(f.applicationOpens()), CatalogSheet.date(f.applicationCloses()),
                    CatalogSheet.date(f.deadline()), f.requiredDocuments(), f.contact(), f.url(), f.department(),
                    f.englishName(), f.englishPurpose());
        };
        Store<Grant> store = new Store<>(catalog::findGrant, catalog::listGrants, Grant::id, Grant::name,
                Grant::sample, changes::vetted, catalog::save, catalog::deleteGrant, (before, after) -> 0);
        return new CatalogSheet<>("grant", "grants", "補助金・助成金", "grant", columns, fieldOf, reader, written,
                store);
    }

    private static CatalogSheet<Facility> facilities(CatalogRepository catalog, CatalogItemChanges changes,
            Departments departments, Validator validator) {
        List<Column> columns = columns("id", "ID", "name", "名称", "kind", "種類", "district", "地域", "address",
                "住所", "hours", "開館時間", "rooms", "部屋", "equipment", "設備", "bookingMethod", "予約方法", "phone",
                "電話", "department", "部署", "latitude", "緯度", "longitude", "経度", "englishName", "英語の名称",
                "englishBookingMethod", "英語の予約方法");
        Map<String, String> fieldOf = Map.of("positionOrNone", "latitude", "knownDistrict", "district");
        CatalogSheet.RowReader<Facility> reader = (cells, id, sample) -> {
            FacilityForm form = new FacilityForm(cells.text("name"), cells.text("kind"), cells.text("district"),
                    cells.text("address"), cells.text("hours"), cells.text("rooms"), cells.text("equipment"),
                    cells.text("bookingMethod"), cells.text("phone"), cells.text("department"),
                    cells.text("latitude"), cells.text("longitude"), cells.text("englishName"),
                    cells.text("englishBookingMethod"));
            return cells.valid(form, validator, fieldOf) ? form.toFacility(id, sample) : null;
        };
        Function<Facility, List<String>> written = f -> {
            FacilityForm form = FacilityForm.of(f.withDepartment(departments.of(f.department())));
            return cells(f.id(), form.name(), form.kind(), form.district(), form.address(), form.hours(),
                    form.rooms(), form.equipment(), form.bookingMethod(), form.phone(), form.department(),
                    form.latitude(), form.longitude(), form.englishName(), form.englishBookingMethod());
        };
        Store<Facility> store = new Store<>(catalog::findFacility, catalog::listFacilities, Facility::id,
                Facility::name, Facility::sample, changes::vetted, catalog::save, catalog::deleteFacility,
                (before, after) -> 0);
        return new CatalogSheet<>("facility", "facilities", "施設", "facility", columns, fieldOf, reader, written,
                store);
    }

    /** Columns from pairs of name and label. */
    private static List<Column> columns(String... namesAndLabels) {
        return Stream.iterate(0, i -> i < namesAndLabels.length, i -> i + 2)
                .map(i -> new Column(namesAndLabels[i], namesAndLabels[i + 1])).toList();
    }

    /** Cells with nulls as empty text. */
    private static List<String> cells(String... values) {
        return Stream.of(values).map(CatalogSheet::text).toList();
    }

    /**
     * The forms' rules with their messages always in Japanese (the defaults too), whatever language the API
     * client's request asks for: the preview is for staff.
     */
    private static Validator japanese() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        MessageInterpolator standard = configuration.getDefaultMessageInterpolator();
        return configuration.messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, Locale.JAPANESE);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return standard.interpolate(template, context, Locale.JAPANESE);
            }
        }).buildValidatorFactory().getValidator();
    }
}
