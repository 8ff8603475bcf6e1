package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How departments read: absent means the default, filters match on the department as it reads. */
class DepartmentsTests {

    private final DepartmentProperties properties = new DepartmentProperties(" 市民活動推進課 ",
            List.of("市民活動推進課", " 環境保全課", "環境保全課", "危機管理課"), false);
    private final Departments departments = new Departments(properties);

    @Test
    void anItemWithoutADepartmentBelongsToTheDefault() {
        assertThat(departments.of(null)).isEqualTo("市民活動推進課");
        assertThat(departments.of(" ")).isEqualTo("市民活動推進課");
        assertThat(departments.of("環境保全課")).isEqualTo("環境保全課");
    }

    @Test
    void filtersMatchTheDepartmentAsItReadsAndABlankFilterLetsAllThrough() {
        assertThat(departments.matches(null, "市民活動推進課")).isTrue();
        assertThat(departments.matches(null, "環境保全課")).isFalse();
        assertThat(departments.matches("環境保全課", "環境保全課")).isTrue();
        assertThat(departments.matches("危機管理課", "")).isTrue();
        assertThat(departments.matches("危機管理課", null)).isTrue();
    }

    @Test
    void theListIsTrimmedWithoutDuplicatesAndTheDefaultMustBeOnIt() {
        assertThat(departments.names()).containsExactly("市民活動推進課", "環境保全課", "危機管理課");
        assertThat(departments.isKnown("危機管理課")).isTrue();
        assertThat(departments.isKnown("魔法課")).isFalse();
        assertThat(properties.isDefaultListed()).isTrue();
        assertThat(new DepartmentProperties("魔法課", List.of("環境保全課"), false).isDefaultListed()).isFalse();
    }
}
