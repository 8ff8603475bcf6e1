package jp.miyazaki.kyodo.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A grant or subsidy for citizens' groups. Applications are accepted from {@code applicationOpens} to
 * {@code deadline} inclusive; {@code applicationCloses} is the end of the window as published (usually the
 * deadline itself, earlier when a window closes once the budget is spent). {@code department} owns it; null means
 * the configured default department. {@code translations} hold staff's English name ({@code title}) and purpose
 * ({@code description}); grants stored before read as having none.
 */
public record Grant(
        String id,
        String name,
        String purpose,
        List<Category> categories,
        List<String> eligibleGroups,
        String amount,
        LocalDate applicationOpens,
        LocalDate applicationCloses,
        LocalDate deadline,
        List<String> requiredDocuments,
        String contact,
        String url,
        boolean sample,
        String department,
        Translations translations) implements CatalogItem<Grant> {

    public Grant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(deadline, "deadline");
        categories = categories == null ? List.of() : List.copyOf(categories);
        eligibleGroups = eligibleGroups == null ? List.of() : List.copyOf(eligibleGroups);
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
        applicationCloses = applicationCloses == null ? deadline : applicationCloses;
        department = department == null || department.isBlank() ? null : department.strip();
        translations = translations == null ? Translations.NONE : translations;
    }

    /** A grant without translations. */
    public Grant(String id, String name, String purpose, List<Category> categories, List<String> eligibleGroups,
            String amount, LocalDate applicationOpens, LocalDate applicationCloses, LocalDate deadline,
            List<String> requiredDocuments, String contact, String url, boolean sample, String department) {
        this(id, name, purpose, categories, eligibleGroups, amount, applicationOpens, applicationCloses, deadline,
                requiredDocuments, contact, url, sample, department, Translations.NONE);
    }

    /** A grant of the default department. */
    public Grant(String id, String name, String purpose, List<Category> categories, List<String> eligibleGroups,
            String amount, LocalDate applicationOpens, LocalDate applicationCloses, LocalDate deadline,
            List<String> requiredDocuments, String contact, String url, boolean sample) {
        this(id, name, purpose, categories, eligibleGroups, amount, applicationOpens, applicationCloses, deadline,
                requiredDocuments, contact, url, sample, null);
    }

    /** This grant owned by {@code owner} (null: the default department). */
    @Override
    public Grant withDepartment(String owner) {
        return new Grant(id, name, purpose, categories, eligibleGroups, amount, applicationOpens, applicationCloses,
                deadline, requiredDocuments, contact, url, sample, owner, translations);
    }

    @Override
    public Grant withSample(boolean marked) {
        return new Grant(id, name, purpose, categories, eligibleGroups, amount, applicationOpens, applicationCloses,
                deadline, requiredDocuments, contact, url, marked, department, translations);
    }

    /** Where the application window stands on {@code today}. */
    public GrantStatus statusOn(LocalDate today) {
        if (applicationOpens != null && today.isBefore(applicationOpens)) {
            return GrantStatus.UPCOMING;
        }
        LocalDate last = applicationCloses.isBefore(deadline) ? applicationCloses : deadline;
        return today.isAfter(last) ? GrantStatus.CLOSED : GrantStatus.OPEN;
    }

    /** Days from {@code today} to the deadline; negative once it has passed. */
    public long daysUntilDeadline(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
