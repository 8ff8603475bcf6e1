package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The OpenAPI document lists every admin operation, and every one of them refuses anonymous callers, and staff
 * where only admins may go: an endpoint added later is checked without anyone remembering to.
 */
class AdminApiDocumentationIntegrationTests extends KyodoIntegrationTest {

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private JsonMapper json;

    private AdminApi staff;
    private AdminApi admin;

    @BeforeEach
    void accounts() {
        accounts.create("hinata", "staff password 456", StaffRole.STAFF, "test", Instant.now());
        accounts.create("sora", "admin password 789", StaffRole.ADMIN, "test", Instant.now());
        staff = AdminApi.basic(port, "hinata", "staff password 456");
        admin = AdminApi.basic(port, "sora", "admin password 789");
    }

    @Test
    void documentsTheAdminApiForStaffOnly() {
        HttpResponse<String> docs = staff.get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json.readTree(docs.body()).get("paths").propertyNames()).contains("/api/admin/opportunities",
                "/api/admin/opportunities/{id}", "/api/admin/opportunities/{id}/signups", "/api/admin/grants/{id}",
                "/api/admin/facilities", "/api/admin/consultations/{id}/reply", "/api/admin/unanswered",
                "/api/admin/dashboard", "/api/admin/broadcasts", "/api/admin/staff");
        assertThat(json.readTree(docs.body()).get("paths").propertyNames()).allMatch(p -> p.startsWith("/api/admin/"));
        assertThat(json.readTree(docs.body()).get("components").get("securitySchemes").propertyNames())
                .contains("basic", "token");
        assertThat(AdminApi.anonymous(port).get("/v3/api-docs").statusCode()).isEqualTo(401);
        assertThat(staff.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(AdminApi.anonymous(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(401);
    }

    @Test
    void everyDocumentedAdminOperationRefusesAnonymousCallersAndStaffWhereOnlyAdminsMayGo() {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(30);

        for (Operation operation : operations) {
            assertThat(AdminApi.anonymous(port).call(operation.method(), operation.path()).statusCode())
                    .as("anonymous %s", operation).isEqualTo(401);
            if (operation.adminOnly()) {
                assertThat(staff.call(operation.method(), operation.path()).statusCode())
                        .as("staff %s", operation).isEqualTo(403);
                assertThat(admin.call(operation.method(), operation.path()).statusCode())
                        .as("admin %s", operation).isNotIn(401, 403);
            } else {
                assertThat(staff.call(operation.method(), operation.path()).statusCode())
                        .as("staff %s", operation).isNotIn(401, 403);
            }
        }
        assertThat(operations).filteredOn(Operation::adminOnly).extracting(Operation::path)
                .contains("/api/admin/staff", "/api/admin/staff/x-unknown/tokens");
    }

    private List<Operation> operations() {
        JsonNode paths = json.readTree(staff.get("/v3/api-docs").body()).get("paths");
        List<Operation> operations = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (!path.startsWith("/api/admin")) {
                continue;
            }
            for (String method : paths.get(path).propertyNames()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT),
                            path.replaceAll("\\{[^}]+}", "x-unknown"),
                            "admin".equals(paths.get(path).get(method).path(AdminOnly.EXTENSION).asString(null))));
                }
            }
        }
        return operations;
    }

    /** One documented operation with its path parameters filled in, and whether the document says admins only. */
    private record Operation(String method, String path, boolean adminOnly) {
    }
}
