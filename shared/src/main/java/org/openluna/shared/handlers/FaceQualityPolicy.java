package org.openluna.shared.handlers;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code detect_policy.face_quality} (seed l.3026-3280): whether faces are held to the ISO-like
 * checks, whether a face that fails one is filtered out, and each check's setting. Every check this
 * platform makes is on by default with its default threshold, as the seed's handlers show them; one it
 * cannot make ({@link QualityCheck#measurable()}) is off unless the policy turns it on, which is then
 * refused (27002). A check given without a threshold keeps the default one.
 */
public record FaceQualityPolicy(int estimate, int filter, Map<QualityCheck, Setting> checks) {
    static final Set<String> FIELDS = Set.of("estimate", "filter", "checks");
    private static final Set<String> CHECK_NAMES = Arrays.stream(QualityCheck.values()).map(QualityCheck::wire)
            .collect(Collectors.toUnmodifiableSet());

    public FaceQualityPolicy {
        var copy = new EnumMap<QualityCheck, Setting>(QualityCheck.class);
        copy.putAll(checks);
        checks = java.util.Collections.unmodifiableMap(copy);
    }

    /** One check: whether it is made, and what passes it. */
    public record Setting(int estimate, QualityThreshold threshold) {
        static final Set<String> FIELDS = Set.of("estimate", "threshold");

        public Setting {
            Objects.requireNonNull(threshold, "threshold");
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("estimate", estimate);
            json.put("threshold", threshold.toJson());
            return json;
        }
    }

    public boolean isOn() {
        return estimate == 1;
    }

    static FaceQualityPolicy read(PolicyNode node) {
        var checksNode = node.object("checks", CHECK_NAMES);
        var checks = new EnumMap<QualityCheck, Setting>(QualityCheck.class);
        for (var check : QualityCheck.values()) {
            var setting = checksNode.object(check.wire(), Setting.FIELDS);
            var threshold = setting.has("threshold")
                    ? check.readThreshold(setting.raw("threshold"), setting.path("threshold"))
                    : check.defaultThreshold();
            checks.put(check, new Setting(setting.flag("estimate", check.measurable() ? 1 : 0), threshold));
        }
        return new FaceQualityPolicy(node.flag("estimate", 0), node.flag("filter", 0), checks);
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("estimate", estimate);
        json.put("filter", filter);
        var checksJson = new LinkedHashMap<String, Object>();
        checks.forEach((check, setting) -> checksJson.put(check.wire(), setting.toJson()));
        json.put("checks", checksJson);
        return json;
    }
}
