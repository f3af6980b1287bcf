package cn.duban.assistant.lights;

import cn.duban.assistant.progress.Progress;

/**
 * A target's light: 黄 when 欠进度, 红 when its period ended unmet.
 *
 * @param progress where the target stands
 * @param warning  its light and why
 */
public record TargetLight(Progress progress, Warning warning) {
}
