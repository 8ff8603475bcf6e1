package jp.miyazaki.kyodo.label;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Expertise;
import jp.miyazaki.kyodo.expert.ExpertKind;
import jp.miyazaki.kyodo.group.GroupKind;

class LabelledTests {

    @Test
    void readsTheIdTheEnumNameOrTheLabelInAnyLetterCaseAndAroundSpaces() {
        assertThat(ExpertKind.parse(" business ")).contains(ExpertKind.BUSINESS);
        assertThat(ExpertKind.parse("INDIVIDUAL")).contains(ExpertKind.INDIVIDUAL);
        assertThat(ExpertKind.parse("支援企業")).contains(ExpertKind.BUSINESS);
        assertThat(GroupKind.parse("Npo")).contains(GroupKind.NPO);
        assertThat(GroupKind.parse("NPO法人")).contains(GroupKind.NPO);
    }

    @Test
    void nothingBlankOrUnknownIsRead() {
        assertThat(ExpertKind.parse(null)).isEmpty();
        assertThat(ExpertKind.parse("  ")).isEmpty();
        assertThat(Expertise.parse("料理")).isEmpty();
        assertThat(GroupKind.parse("推進委員会")).as("a word of a message, not a label").isEmpty();
    }

    @Test
    void fieldsAndTopicsAreAlsoReadByAPartOfTheirLabel() {
        assertThat(Expertise.parse("会計")).contains(Expertise.ACCOUNTING);
        assertThat(Expertise.parse("it")).contains(Expertise.IT);
        assertThat(Expertise.parse("デジタル")).contains(Expertise.IT);
        assertThat(ConsultationTopic.parse("npo設立")).contains(ConsultationTopic.INCORPORATION);
        assertThat(ExpertKind.parse("企業")).as("kinds are not read by a part").isEmpty();
    }

    @Test
    void categoriesAreAlsoReadByTheirOtherWords() {
        assertThat(Category.parse("まちづくり")).contains(Category.COMMUNITY);
        assertThat(Category.parse("芸術")).contains(Category.CULTURE);
    }

    @Test
    void labelsAreReadFromTheShippedDialogsInEachLanguageWithJapaneseByDefault() {
        assertThat(Category.CHILDCARE.label()).isEqualTo("子育て");
        assertThat(Category.CHILDCARE.label("en")).isEqualTo("Childcare");
        assertThat(Category.CHILDCARE.label("ja-easy")).isEqualTo("こそだて");
        assertThat(ConsultationTopic.EXPERT_MATCHING.id()).as("the id stored since the start").isEqualTo("expert");
        assertThat(ConsultationTopic.EXPERT_MATCHING.label("en")).isEqualTo("Introduction to an expert");
    }

    @Test
    void aMessageNamesAGroupKindByItsLabelOrTheWordsOfItsLabel() {
        assertThat(GroupKind.namedIn("清武の地域まちづくり推進委員会はどこ")).contains(GroupKind.COUNCIL);
        assertThat(GroupKind.namedIn("ＮＰＯを探しています")).contains(GroupKind.NPO);
        assertThat(GroupKind.namedIn("青島の団体")).isEmpty();
    }
}
