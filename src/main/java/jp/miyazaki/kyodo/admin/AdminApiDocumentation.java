package jp.miyazaki.kyodo.admin;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document's title and how to sign in (HTTP Basic or a staff API token), shown in Swagger UI, and which
 * operations need the admin role.
 */
@Configuration(proxyBeanMethods = false)
public class AdminApiDocumentation {

    @Bean
    OpenAPI kyodoAdminApi() {
        return new OpenAPI()
                .info(new Info().title("Kyodo Bot staff API")
                        .description("Catalog, sign-ups, consultations, broadcasts and staff accounts of Kyodo Bot "
                                + "(協働ボット). Staff sign in with HTTP Basic or a staff API token; "
                                + "operations marked x-required-role: admin need the admin role.")
                        .version("1"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /** Marks {@link AdminOnly} operations in the document. */
    @Bean
    OperationCustomizer adminOnlyOperations() {
        return (operation, handler) -> {
            if (AdminOnlyRequests.isAdminOnly(handler)) {
                operation.addExtension(AdminOnly.EXTENSION, "admin");
                operation.setDescription(((operation.getDescription() == null ? "" : operation.getDescription() + " ")
                        + "Admins only.").strip());
            }
            return operation;
        };
    }
}
