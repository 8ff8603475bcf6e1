package jp.miyazaki.kyodo.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The configured departments, and how an item's or account's department reads: absent (stored before departments
 * existed, or in the sample catalog without one) means the default department.
 */
@Component
public class Departments {

    private final DepartmentProperties properties;

    public Departments(DepartmentProperties properties) {
        this.properties = properties;
    }

    /** Every department, in the configured order. */
    public List<String> names() {
        return properties.names();
    }

    public String defaultName() {
        return properties.defaultName();
    }

    public boolean isKnown(String name) {
        return name != null && properties.names().contains(name.strip());
    }

    /** The department an item or account belongs to: its own, or the default when it has none. */
    public String of(String department) {
        return department == null || department.isBlank() ? properties.defaultName() : department.strip();
    }

    /**
     * The department an item is given: the one asked for (by its name), or {@code fallback}'s when none is asked
     * for; empty when the one asked for is not configured.
     */
    public Optional<String> chosen(String requested, String fallback) {
        if (requested == null || requested.isBlank()) {
            return Optional.of(of(fallback));
        }
        return isKnown(requested) ? Optional.of(requested.strip()) : Optional.empty();
    }

    /** Whether an item of {@code department} passes a filter; a blank filter lets everything through. */
    public boolean matches(String department, String filter) {
        return filter == null || filter.isBlank() || of(department).equals(filter.strip());
    }
}
