package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignUpListControllerTests {

    @Test
    void cellsAreQuotedOnlyWhenNeededAndFormulasAreDefused() {
        assertThat(SignUpListController.cell("宮崎 花子")).isEqualTo("宮崎 花子");
        assertThat(SignUpListController.cell(null)).isEmpty();
        assertThat(SignUpListController.cell("宮崎, 花子")).isEqualTo("\"宮崎, 花子\"");
        assertThat(SignUpListController.cell("\"はな\"")).isEqualTo("\"\"\"はな\"\"\"");
        assertThat(SignUpListController.cell("一行目\n二行目")).isEqualTo("\"一行目\n二行目\"");
        assertThat(SignUpListController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SignUpListController.cell("@sum")).isEqualTo("'@sum");
        assertThat(SignUpListController.cell("090-1234-5678")).isEqualTo("090-1234-5678");
    }
}
