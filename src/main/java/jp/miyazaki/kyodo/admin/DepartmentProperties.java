package jp.miyazaki.kyodo.admin;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The city's departments (部署) that share the platform ({@code KYODO_DEPARTMENTS}, comma-separated), the one
 * that owns staff accounts and catalog items stored before departments existed ({@code KYODO_DEPARTMENT_DEFAULT}),
 * and whether staff may change any department's items and read their sign-ups ({@code sharedEditing},
 * {@code KYODO_DEPARTMENTS_SHARED_EDITING}; off: only their own department's, see {@link DepartmentRule}).
 */
@Validated
@ConfigurationProperties("kyodo.departments")
public record DepartmentProperties(@NotBlank @Size(max = 40) String defaultName,
        @NotEmpty List<@NotBlank @Size(max = 40) String> names, boolean sharedEditing) {

    public DepartmentProperties {
        names = names == null ? null : names.stream().map(String::strip).distinct().toList();
        defaultName = defaultName == null ? null : defaultName.strip();
    }

    @AssertTrue(message = "the default department must be one of the departments")
    public boolean isDefaultListed() {
        return defaultName == null || names == null || names.contains(defaultName);
    }
}
