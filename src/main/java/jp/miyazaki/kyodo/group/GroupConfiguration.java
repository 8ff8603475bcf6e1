package jp.miyazaki.kyodo.group;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.miyazaki.kyodo.activity.Attendance;
import jp.miyazaki.kyodo.catalog.CatalogProperties;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkTargetNames;
import jp.miyazaki.kyodo.link.NamedLinkTargets;
import jp.miyazaki.kyodo.shared.RedisKeys;
import jp.miyazaki.kyodo.shared.RedisStore;
import jp.miyazaki.kyodo.signup.SignUps;

/** Wires the group directory, join requests, recruitments and the groups' dialog actions. */
@Configuration(proxyBeanMethods = false)
public class GroupConfiguration {

    @Bean
    GroupDirectory groupDirectory(RedisStore store) {
        return new GroupDirectory(store);
    }

    @Bean
    JoinRequests joinRequests(RedisStore store) {
        return new JoinRequests(store);
    }

    @Bean
    Recruitments recruitments(RedisStore store) {
        return new Recruitments(store);
    }

    @Bean
    LeaderMessages leaderMessages(AccountLinks links, LineGateway line, CitizenLanguage languages) {
        return new LineLeaderMessages(links, line, languages);
    }

    @Bean
    RecruitmentReview recruitmentReview(Recruitments recruitments, GroupDirectory directory,
            CatalogRepository catalog, LeaderMessages leaders, Wording wording) {
        return new RecruitmentReview(recruitments, directory, catalog, leaders, wording);
    }

    @Bean
    LinkTargetNames groupLinkNames(GroupDirectory directory, Wording wording) {
        return new NamedLinkTargets(GroupDirectory.LINK_KIND, id -> directory.find(id).map(Group::name),
                (name, language) -> wording.text(language, "group.linked", Map.of("name", name)));
    }

    @Bean
    SampleGroups sampleGroups(GroupDirectory directory, CatalogProperties properties) {
        return new SampleGroups(directory, properties);
    }

    @Bean
    LeaderChoices leaderChoices(StringRedisTemplate redis, RedisKeys keys) {
        return new LeaderChoices(redis, keys);
    }

    @Bean
    GroupActions groupActions(GroupDirectory directory, JoinRequests joinRequests, Recruitments recruitments,
            AccountLinks links, LeaderMessages leaders, CatalogRepository catalog, SignUps signUps,
            LeaderChoices choices, Wording wording) {
        return new GroupActions(directory, joinRequests, recruitments, links, leaders, catalog, signUps, choices,
                wording);
    }

    @Bean
    GroupAttendanceActions groupAttendanceActions(GroupActions groups, Attendance attendance, Wording wording) {
        return new GroupAttendanceActions(groups, attendance, wording);
    }
}
