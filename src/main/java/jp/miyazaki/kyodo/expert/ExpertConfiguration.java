package jp.miyazaki.kyodo.expert;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.catalog.CatalogProperties;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkTargetNames;
import jp.miyazaki.kyodo.link.NamedLinkTargets;
import jp.miyazaki.kyodo.shared.RedisStore;

/** Wires the expert registry, matching, introductions, link names and the sample experts. */
@Configuration(proxyBeanMethods = false)
public class ExpertConfiguration {

    @Bean
    Experts experts(RedisStore store, AccountLinks links) {
        return new Experts(store, links);
    }

    @Bean
    ExpertMatching expertMatching(Experts experts) {
        return new ExpertMatching(experts);
    }

    @Bean
    ExpertIntroductions expertIntroductions(Consultations consultations, Experts experts, LineGateway line,
            Wording wording, AuditLog audit, CitizenLanguage languages) {
        return new ExpertIntroductions(consultations, experts, line, wording, audit, languages);
    }

    @Bean
    LinkTargetNames expertLinkNames(Experts experts, Wording wording) {
        return new NamedLinkTargets(Experts.LINK_KIND, id -> experts.find(id).map(Expert::name),
                (name, language) -> wording.text(language, "expert.linked", Map.of("name", name)));
    }

    @Bean
    SampleExpertsLoader sampleExpertsLoader(Experts experts, CatalogProperties properties) {
        return new SampleExpertsLoader(experts, properties);
    }
}
