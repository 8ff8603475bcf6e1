package jp.miyazaki.kyodo.admin;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The departments (部署) that share the platform, for staff tools that filter or assign by department. */
@StaffApi
@RestController
@RequestMapping("/api/admin")
@Tag(name = "departments", description = "The city departments sharing the platform")
public class DepartmentController {

    private final Departments departments;

    public DepartmentController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping("/departments")
    @Operation(summary = "Every department in the configured order; the default one owns items stored without one")
    public List<Department> departments() {
        return departments.names().stream()
                .map(name -> new Department(name, name.equals(departments.defaultName()))).toList();
    }

    /** A department, and whether it is the default one. */
    public record Department(String name, boolean isDefault) {
    }
}
