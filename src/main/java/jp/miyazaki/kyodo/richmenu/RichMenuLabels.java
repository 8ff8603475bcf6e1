package jp.miyazaki.kyodo.richmenu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.shared.LineLimits;
import jp.miyazaki.kyodo.shared.RedisKeys;

/**
 * The area labels staff changed in the console, kept in Redis ({@code richmenu:labels}) on top of
 * {@code dialogs/rich-menu.yml}, so every instance draws and installs the same labels while the file stays the
 * default (the app may read it from its jar, where it cannot be written). Each label is stored under what its area
 * does (postback data or text), so a reordered file keeps each label with its area; a label set back to the
 * file's value is dropped.
 */
@Component
public class RichMenuLabels {

    /** Where each area sits in the 2 × 3 grid, in staff's words (the form's fields, refusals, the audit log). */
    public static final List<String> POSITIONS = List.of("上段左", "上段中央", "上段右", "下段左", "下段中央", "下段右");

    private final StringRedisTemplate redis;
    private final String key;
    private final AuditLog audit;
    private final RichMenuProperties properties;

    public RichMenuLabels(StringRedisTemplate redis, RedisKeys keys, AuditLog audit, RichMenuProperties properties) {
        this.redis = redis;
        this.key = keys.key("richmenu", "labels");
        this.audit = audit;
        this.properties = properties;
    }

    /** The menu as the file defines it, without the labels changed here. */
    public RichMenuLayout fromFile() {
        return RichMenuLayout.load(properties.file());
    }

    /** The file's layout with the changed labels in place of its own. */
    RichMenuLayout applyTo(RichMenuLayout file) {
        Map<Object, Object> changed = redis.opsForHash().entries(key);
        if (changed.isEmpty()) {
            return file;
        }
        List<MenuArea> areas = file.areas().stream().map(area -> {
            Object label = changed.get(actionOf(area));
            return label == null ? area : new MenuArea(label.toString(), area.caption(), area.postback(),
                    area.displayText(), area.text());
        }).toList();
        return new RichMenuLayout(file.name(), file.chatBarText(), areas);
    }

    /**
     * Sets the areas' labels, in the areas' order, after checking each (1 to {@value LineLimits#ACTION_LABEL_LENGTH}
     * characters, LINE's limit for an action's label); records what changed in the audit log.
     *
     * @throws LabelRefused with the reason in Japanese; nothing is saved then
     */
    public void change(List<String> labels) {
        RichMenuLayout file = fromFile();
        RichMenuLayout current = applyTo(file);
        if (labels == null || labels.size() != file.areas().size()) {
            throw new LabelRefused("ラベルは " + file.areas().size() + " 個すべて入力してください。");
        }
        List<String> wanted = labels.stream().map(label -> label == null ? "" : label.strip()).toList();
        for (int i = 0; i < wanted.size(); i++) {
            String label = wanted.get(i);
            if (label.isEmpty()) {
                throw new LabelRefused(POSITIONS.get(i) + "のラベルを入力してください。");
            }
            if (label.length() > LineLimits.ACTION_LABEL_LENGTH) {
                throw new LabelRefused(POSITIONS.get(i) + "のラベルは " + LineLimits.ACTION_LABEL_LENGTH
                        + " 文字以内にしてください（いま " + label.length() + " 文字）。");
            }
            if (label.chars().anyMatch(Character::isISOControl)) {
                throw new LabelRefused(POSITIONS.get(i) + "のラベルに使えない文字が入っています。");
            }
        }
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        List<AuditLog.Change> changes = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            MenuArea area = file.areas().get(i);
            String label = wanted.get(i);
            if (label.equals(area.label())) {
                dropped.add(actionOf(area));
            } else {
                kept.put(actionOf(area), label);
            }
            String before = current.areas().get(i).label();
            if (!before.equals(label)) {
                changes.add(new AuditLog.Change(POSITIONS.get(i) + "のラベル", before, label));
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        if (!dropped.isEmpty()) {
            redis.opsForHash().delete(key, dropped.toArray());
        }
        if (!kept.isEmpty()) {
            redis.opsForHash().putAll(key, kept);
        }
        audit.record("richmenu.labels", new AuditLog.Target("rich-menu", file.name()), "友だちのメニューは設定するまで前のまま",
                changes);
    }

    private static String actionOf(MenuArea area) {
        return area.sendsPostback() ? "postback:" + area.postback() : "text:" + area.text();
    }

    /** A label staff entered that the menu cannot take; the message says why, in Japanese. */
    public static final class LabelRefused extends RuntimeException {
        LabelRefused(String reason) {
            super(reason);
        }
    }
}
