package cn.duban.assistant.lights;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many tasks and how many targets stand at each light, counted apart: 预警, the digest and the 通报 say
 * "任务N项" and "指标N项", never one sum of both kinds.
 *
 * @param tasks   tasks by light (no entry: none)
 * @param targets targets by light (no entry: none)
 */
public record LightCounts(Map<Light, Integer> tasks, Map<Light, Integer> targets) {

    /** The counts of these lights. */
    public static LightCounts of(List<Light> taskLights, List<Light> targetLights) {
        return new LightCounts(count(taskLights), count(targetLights));
    }

    private static Map<Light, Integer> count(List<Light> lights) {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        lights.forEach(light -> counts.merge(light, 1, Integer::sum));
        return Map.copyOf(counts);
    }

    /** How many tasks have this light. */
    public int tasks(Light light) {
        return tasks.getOrDefault(light, 0);
    }

    /** How many targets have this light. */
    public int targets(Light light) {
        return targets.getOrDefault(light, 0);
    }
}
