package jp.miyazaki.kyodo.dialog.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The jar carries the shipped {@code dialogs/} as its defaults, so it starts from any folder. They are used when
 * {@code kyodo.dialogs-dir} is left at its default and no {@code dialogs} folder is where the app starts; a folder
 * named by {@code KYODO_DIALOGS_DIR} always wins. Every reader of the dialogs takes a folder, so the defaults are
 * copied to a temporary one; watching it would be pointless, so the file watcher stays off.
 */
public class ShippedDialogs implements EnvironmentPostProcessor {

    static final String PROPERTY = "kyodo.dialogs-dir";
    static final String DEFAULT = "dialogs";
    private static final String LOCATION = "classpath*:" + DEFAULT + "/**";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty(PROPERTY, DEFAULT);
        if (!dir.equals(DEFAULT) || Files.isDirectory(Path.of(dir))) {
            return;
        }
        Path copy = copyShipped(new PathMatchingResourcePatternResolver(application.getClassLoader()));
        environment.getPropertySources().addFirst(new MapPropertySource("shippedDialogs",
                Map.of(PROPERTY, copy.toString(), "kyodo.dialog.watch", "false")));
    }

    private static Path copyShipped(PathMatchingResourcePatternResolver resolver) {
        try {
            Path target = Files.createTempDirectory("kyodo-dialogs-");
            for (Resource resource : resolver.getResources(LOCATION)) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf("/" + DEFAULT + "/") + DEFAULT.length() + 2);
                if (relative.isEmpty() || url.endsWith("/")) {
                    continue;
                }
                Path file = target.resolve(relative).normalize();
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the dialogs shipped in the jar", e);
        }
    }
}
