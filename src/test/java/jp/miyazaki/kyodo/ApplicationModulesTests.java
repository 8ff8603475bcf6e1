package jp.miyazaki.kyodo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules' boundaries: no cycles between modules, and no module reaching into another's internals.
 * The module documentation under {@code docs/modules} is generated from the same model, and this test fails
 * when it no longer matches the code (run with {@code -Dkyodo.module-docs.write=true} to rewrite it). Files are
 * compared line by line in any order: the Documenter lists the same relations in a different order each run.
 */
class ApplicationModulesTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(KyodoBotApplication.class);
    private static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublishedTypes() {
        MODULES.verify();
    }

    @Test
    void committedModuleDocumentationMatchesTheCode() throws IOException {
        Path generated = Path.of("target/module-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        if (Boolean.getBoolean("kyodo.module-docs.write")) {
            copy(generated, COMMITTED);
        }
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.sorted().toList()) {
                Path committed = COMMITTED.resolve(file.getFileName());
                assertThat(committed).as("%s is committed (rewrite with -Dkyodo.module-docs.write=true)", committed)
                        .exists();
                assertThat(Files.readAllLines(committed)).as("%s matches the code (rewrite with "
                        + "-Dkyodo.module-docs.write=true)", committed)
                        .containsExactlyInAnyOrderElementsOf(Files.readAllLines(file));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
