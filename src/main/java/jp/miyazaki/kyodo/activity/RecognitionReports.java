package jp.miyazaki.kyodo.activity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;

/**
 * What staff see of a year (activities that started in it, Asia/Tokyo): totals by category and district, the
 * records per citizen as CSV for the city's commendation, and the survey answers per activity and organiser.
 * Hours in totals are person-hours: an activity's length times the people each sign-up brought.
 */
public class RecognitionReports {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    public static final String CSV_HEADER = "氏名,活動回数,活動時間,最初の活動日,最後の活動日";

    private final ActivityRecords records;
    private final Feedback feedback;
    private final CatalogRepository catalog;
    private final ZoneId zone;

    public RecognitionReports(ActivityRecords records, Feedback feedback, CatalogRepository catalog, ZoneId zone) {
        this.records = records;
        this.feedback = feedback;
        this.catalog = catalog;
        this.zone = zone;
    }

    /** Participations (present sign-ups), people and person-hours of one group. */
    public record Total(String label, long participations, long people, double hours) {

        /** The hours as the chat and the CSV say them: 2 rather than 2.0. */
        public String hoursText() {
            return ActivityRecord.hoursText(Math.round(hours * 60));
        }
    }

    /** A year's totals, overall and by category and district (largest first). */
    public record Totals(int year, long activities, Total overall, List<Total> byCategory, List<Total> byDistrict) {
    }

    /** What participants said of one activity or one organiser; {@code distribution[0]} counts the 1s. */
    public record FeedbackSummary(String id, String label, String organiser, LocalDate date, int answers,
            double average, List<Integer> distribution, List<String> comments) {
    }

    /** A year's survey answers, per activity (by date) and per organiser (by name). */
    public record FeedbackReport(int year, List<FeedbackSummary> activities, List<FeedbackSummary> organisers) {
    }

    public Totals totals(int year) {
        Map<String, long[]> byCategory = new LinkedHashMap<>();
        Map<String, long[]> byDistrict = new LinkedHashMap<>();
        long[] overall = new long[3];
        List<String> activities = records.markedBetween(start(year), start(year + 1));
        for (String opportunityId : activities) {
            for (ActivityRecord record : records.recordsOf(opportunityId)) {
                String category = Category.parse(record.category()).map(Category::label).orElse(record.category());
                String district = record.district() == null || record.district().isBlank() ? "（地域なし）"
                        : record.district();
                for (long[] sums : List.of(overall, byCategory.computeIfAbsent(category, c -> new long[3]),
                        byDistrict.computeIfAbsent(district, d -> new long[3]))) {
                    sums[0]++;
                    sums[1] += record.people();
                    sums[2] += record.minutes() * record.people();
                }
            }
        }
        return new Totals(year, activities.size(), total("合計", overall), sorted(byCategory), sorted(byDistrict));
    }

    /**
     * One line per citizen who was present at an activity of the year: the name given at sign-up (the latest),
     * activities, hours, first and last date. UTF-8 with BOM and CRLF like the sign-up CSV; no LINE user id.
     */
    public byte[] csv(int year) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        List<List<ActivityRecord>> citizens = new ArrayList<>(records.byCitizen(start(year), start(year + 1)));
        citizens.sort(Comparator.comparing((List<ActivityRecord> list) -> list.size()).reversed()
                .thenComparing(list -> name(list)));
        for (List<ActivityRecord> mine : citizens) {
            long minutes = mine.stream().mapToLong(ActivityRecord::minutes).sum();
            csv.append(String.join(",", quoted(name(mine)), quoted(Integer.toString(mine.size())),
                    quoted(ActivityRecord.hoursText(minutes)), quoted(mine.get(mine.size() - 1).date().toString()),
                    quoted(mine.get(0).date().toString()))).append("\r\n");
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    public FeedbackReport feedback(int year) {
        List<String> activities = records.markedBetween(start(year), start(year + 1));
        Map<String, List<Feedback.Answer>> answers = feedback.answers(new HashSet<>(activities));
        List<FeedbackSummary> perActivity = new ArrayList<>();
        Map<String, List<Feedback.Answer>> perOrganiser = new LinkedHashMap<>();
        for (String opportunityId : activities) {
            List<Feedback.Answer> about = answers.getOrDefault(opportunityId, List.of());
            Optional<Opportunity> opportunity = catalog.findOpportunity(opportunityId);
            Optional<ActivityRecord> anyRecord = records.recordsOf(opportunityId).stream().findFirst();
            String title = opportunity.map(Opportunity::title)
                    .or(() -> anyRecord.map(ActivityRecord::title)).orElse(opportunityId);
            String organiser = opportunity.map(Opportunity::organiser).filter(o -> o != null && !o.isBlank())
                    .orElse("（主催者なし）");
            LocalDate date = opportunity.map(o -> o.start().atZoneSameInstant(zone).toLocalDate())
                    .or(() -> anyRecord.map(ActivityRecord::date)).orElse(null);
            perActivity.add(summary(opportunityId, title, organiser, date, about));
            perOrganiser.computeIfAbsent(organiser, o -> new ArrayList<>()).addAll(about);
        }
        List<FeedbackSummary> organisers = perOrganiser.entrySet().stream()
                .map(e -> summary(e.getKey(), e.getKey(), e.getKey(), null, e.getValue()))
                .sorted(Comparator.comparing(FeedbackSummary::label)).toList();
        return new FeedbackReport(year, perActivity, organisers);
    }

    private static FeedbackSummary summary(String id, String label, String organiser, LocalDate date,
            List<Feedback.Answer> answers) {
        List<Integer> distribution = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        answers.forEach(a -> distribution.set(a.rating() - 1, distribution.get(a.rating() - 1) + 1));
        double average = answers.isEmpty() ? 0
                : Math.round(answers.stream().mapToInt(Feedback.Answer::rating).average().orElse(0) * 10) / 10.0;
        List<String> comments = answers.stream()
                .sorted(Comparator.comparing(Feedback.Answer::at, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(Feedback.Answer::comment).filter(c -> !c.isBlank()).toList();
        return new FeedbackSummary(id, label, organiser, date, answers.size(), average, distribution, comments);
    }

    private Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    private static List<Total> sorted(Map<String, long[]> sums) {
        return sums.entrySet().stream().map(e -> total(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Total::participations).reversed().thenComparing(Total::label))
                .toList();
    }

    private static Total total(String label, long[] sums) {
        return new Total(label, sums[0], sums[1], Math.round(sums[2] / 6.0) / 10.0);
    }

    private static String name(List<ActivityRecord> mine) {
        return mine.stream().map(ActivityRecord::name).filter(n -> n != null && !n.isBlank()).findFirst()
                .orElse("（氏名なし）");
    }

    /** Quoted; a leading = + - @ is neutralised so a spreadsheet never runs a citizen's name as a formula. */
    private static String quoted(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
