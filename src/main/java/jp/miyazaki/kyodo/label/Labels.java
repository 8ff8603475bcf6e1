package jp.miyazaki.kyodo.label;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jp.miyazaki.kyodo.dialog.flow.Message;
import jp.miyazaki.kyodo.dialog.flow.MessageCatalog;

/**
 * Where the labels of {@link Labelled} constants are read: the messages in use (the app's, reloaded with the
 * dialogs), or, where no app has started (a plain unit test), the dialogs shipped on the classpath. A label's key
 * is {@code <module>.<enum in kebab case>.<id>}: {@code catalog.category.childcare},
 * {@code group.group-kind.npo}, {@code catalog.opportunity-attribute.children_welcome}.
 */
public final class Labels {

    static final String JAPANESE = "ja";
    private static final String BASE_PACKAGE = Labelled.class.getPackageName()
            .substring(0, Labelled.class.getPackageName().lastIndexOf('.') + 1);

    private static volatile MessageCatalog inUse;

    private Labels() {
    }

    /** Labels come from {@code messages} from now on; the app's catalog, which reloads with the dialogs. */
    public static synchronized void use(MessageCatalog messages) {
        inUse = messages;
    }

    /** Labels come from the shipped dialogs again, unless another catalog than {@code messages} is in use. */
    public static synchronized void stopUsing(MessageCatalog messages) {
        if (inUse == messages) {
            inUse = null;
        }
    }

    /** The message key of {@code constant}'s label. */
    public static String key(Labelled constant) {
        return prefix(constant.getDeclaringClass()) + constant.id();
    }

    /** What the keys of {@code type}'s labels start with, {@code catalog.category.} for Category. */
    public static String prefix(Class<?> type) {
        String module = type.getPackageName().substring(BASE_PACKAGE.length()).split("\\.")[0];
        return module + "." + type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                + ".";
    }

    /** The file {@code type}'s labels are written in. */
    public static String file(Class<?> type) {
        return "messages/" + prefix(type).substring(0, prefix(type).indexOf('.')) + ".yml";
    }

    static String text(Labelled constant, String language) {
        return message(constant).text(language);
    }

    static List<String> also(Labelled constant) {
        return message(constant).also();
    }

    static List<String> inMessages(Labelled constant) {
        return message(constant).inMessages();
    }

    private static Message message(Labelled constant) {
        String key = key(constant);
        Message message = messages().messages().get(key);
        if (message == null) {
            throw new IllegalStateException("No label '" + key + "' in dialogs/" + file(constant.getDeclaringClass()));
        }
        return message;
    }

    private static MessageCatalog messages() {
        MessageCatalog messages = inUse;
        if (messages == null) {
            synchronized (Labels.class) {
                if (inUse == null) {
                    inUse = MessageCatalog.load(shippedDialogs());
                }
                messages = inUse;
            }
        }
        return messages;
    }

    /** The dialogs on the classpath when they are a folder (a build), otherwise those where the app runs. */
    private static Path shippedDialogs() {
        URL shipped = Labels.class.getClassLoader().getResource("dialogs/messages");
        try {
            if (shipped != null && shipped.getProtocol().equals("file")) {
                return Path.of(shipped.toURI()).getParent();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the shipped dialogs at " + shipped, e);
        }
        Path here = Path.of("dialogs");
        if (!Files.isDirectory(here)) {
            throw new IllegalStateException("No dialogs to read labels from: none on the classpath as a folder, "
                    + "none in " + here.toAbsolutePath());
        }
        return here;
    }
}
