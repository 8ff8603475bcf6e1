package jp.miyazaki.kyodo.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.miyazaki.kyodo.nlu.NluConfiguration;
import jp.miyazaki.kyodo.testsupport.ShippedIntents;

// The staff console's advice needs staff accounts, which this slice leaves out.
@WebMvcTest(controllers = NluParseController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "jp\\.miyazaki\\.kyodo\\.console\\..*"))
@AutoConfigureMockMvc(addFilters = false) // the open /api/nlu door is tested with the whole app's security
@Import(NluConfiguration.class)
class NluParseControllerTests {

    @Autowired
    private MockMvc mvc;

    private org.springframework.test.web.servlet.ResultActions parse(String json) throws Exception {
        return mvc.perform(post("/api/nlu/parse").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void answersIntentRankingSlotsAndTokens() throws Exception {
        parse("""
                {"text": "今週末に青島で海岸清掃のボランティアある？", "referenceTime": "2026-12-01T10:00:00+09:00"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent.name").value("activity.search"))
                .andExpect(jsonPath("$.intent.confidence").isNumber())
                .andExpect(jsonPath("$.ranking[0].name").value("activity.search"))
                .andExpect(jsonPath("$.ranking.length()").value(ShippedIntents.count()))
                .andExpect(jsonPath("$.slots.category").value("environment"))
                .andExpect(jsonPath("$.slots.district").value("青島"))
                .andExpect(jsonPath("$.slots.date.from").value("2026-12-05"))
                .andExpect(jsonPath("$.slots.date.to").value("2026-12-06"))
                .andExpect(jsonPath("$.tokens[*].surface").value(hasItem("青島")))
                .andExpect(jsonPath("$.tokens[0].baseForm").exists())
                .andExpect(jsonPath("$.tokens[0].partOfSpeech").exists());
    }

    @Test
    void leavesAbsentSlotsOut() throws Exception {
        parse("{\"text\": \"こんにちは\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intent.name").value("greeting"))
                .andExpect(jsonPath("$.slots.category").doesNotExist())
                .andExpect(jsonPath("$.slots.district").doesNotExist())
                .andExpect(jsonPath("$.slots.date").doesNotExist());
    }

    @Test
    void rejectsEmptyText() throws Exception {
        parse("{\"text\": \"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("text")));
        parse("{}").andExpect(status().isBadRequest());
    }

    @Test
    void rejectsTextOverFiveThousandCharacters() throws Exception {
        parse("{\"text\": \"" + "あ".repeat(5001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("5000")));
        parse("{\"text\": \"" + "あ".repeat(5000) + "\"}").andExpect(status().isOk());
    }

    @Test
    void rejectsBodiesThatAreNotJson() throws Exception {
        parse("text=hello")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("JSON")));
    }

    @Test
    void rejectsAReferenceTimeThatIsNotAnIsoDateTimeWithOffset() throws Exception {
        parse("{\"text\": \"明日\", \"referenceTime\": \"tomorrow\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("referenceTime")));
        parse("{\"text\": \"明日\", \"referenceTime\": \"2026-12-01T10:00:00\"}")
                .andExpect(status().isBadRequest());
        parse("{\"text\": \"明日\", \"referenceTime\": \"2026-12-01T20:00:00Z\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slots.date.from").value("2026-12-03"));
    }
}
