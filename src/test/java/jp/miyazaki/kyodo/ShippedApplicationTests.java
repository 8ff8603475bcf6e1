package jp.miyazaki.kyodo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

import jp.miyazaki.kyodo.line.LineGateway;
import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.nlu.UnansweredReview;

/**
 * The app started exactly as {@code main} starts it: no test configuration, no test properties beyond a free port
 * and a folder for the embedded Redis. Every optional collaborator a feature asks for ({@code ObjectProvider<X>} in
 * a constructor) must be there, except those that are absent by design in this (local) mode, so wiring that only
 * tests provide cannot hide a missing feature again.
 */
class ShippedApplicationTests {

    /** Absent by design in local mode or replaceable by a default: the reason is next to each. */
    private static final Set<String> OPTIONAL_BY_DESIGN = Set.of(
            "java.time.Clock", // tests move the clock; the app uses the system clock
            "com.linecorp.bot.messaging.client.MessagingApiClient", // no LINE channel in local mode
            "com.linecorp.bot.messaging.client.MessagingApiBlobClient", // no LINE channel in local mode
            "com.linecorp.bot.parser.WebhookParser", // no LINE channel in local mode
            "jp.miyazaki.kyodo.session.EmbeddedRedis"); // only when no REDIS_URL: present here, absent elsewhere

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        // As arguments: a default property loses to application.yml's server.port, so a busy 8080 failed the test.
        app = new SpringApplicationBuilder(KyodoBotApplication.class)
                .run("--server.port=0", "--kyodo.redis.embedded-dir=target/embedded-redis-shipped");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theUnansweredLogIsWrittenByTheConversation() {
        assertThat(app.getBeanProvider(UnansweredLog.class).getIfAvailable()).isNotNull();
        assertThat(app.getBeanProvider(UnansweredReview.class).getIfAvailable()).isNotNull();
        assertThat(app.getBeanProvider(LineGateway.class).getIfAvailable()).isNotNull();
    }

    @Test
    void everyOptionalCollaboratorAFeatureAsksForIsThere() {
        Set<String> missing = new TreeSet<>();
        int asked = 0;
        for (String name : app.getBeanDefinitionNames()) {
            Class<?> type = app.getType(name);
            if (type == null || !type.getName().startsWith("jp.miyazaki.kyodo.")) {
                continue;
            }
            for (Class<?> wanted : optionalCollaborators(ClassUtils.getUserClass(type))) {
                asked++;
                if (!OPTIONAL_BY_DESIGN.contains(wanted.getName())
                        && app.getBeanProvider(wanted).stream().findAny().isEmpty()) {
                    missing.add(type.getSimpleName() + " asks for " + wanted.getSimpleName());
                }
            }
        }
        assertThat(asked).as("optional collaborators found").isGreaterThan(20);
        assertThat(missing).as("collaborators the shipped app lacks").isEmpty();
    }

    @Test
    void noBeanComesFromTestCode() {
        List<String> fromTests = new ArrayList<>();
        for (String name : app.getBeanDefinitionNames()) {
            Class<?> type = app.getType(name);
            CodeSource source = type == null ? null : type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation().toString().contains("test-classes")) {
                fromTests.add(name);
            }
        }
        assertThat(fromTests).isEmpty();
    }

    private static List<Class<?>> optionalCollaborators(Class<?> type) {
        List<Class<?>> wanted = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            for (Type parameter : constructor.getGenericParameterTypes()) {
                if (parameter instanceof ParameterizedType generic && generic.getRawType() == ObjectProvider.class
                        && generic.getActualTypeArguments()[0] instanceof Class<?> argument) {
                    wanted.add(argument);
                }
            }
        }
        return wanted;
    }
}
