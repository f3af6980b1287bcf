package cn.duban.assistant.digest;

import java.util.List;
import java.util.Map;

import cn.duban.assistant.lights.Light;
import cn.duban.assistant.tasks.TaskLight;
import cn.duban.assistant.tasks.TaskState;

/**
 * The tasks in the digest: how many there are, how many at each light, how many 已完成待核实 and 已核实, and every 红
 * and 黄 task (红 first, in file order), for the wording to list (it shortens the list).
 *
 * @param total     every task
 * @param lights    how many tasks at each light (no entry: none)
 * @param states    how many tasks 已完成待核实 and 已核实
 * @param attention the 红 and 黄 tasks
 */
public record TaskSummary(int total, Map<Light, Integer> lights, Map<TaskState.State, Integer> states,
                          List<TaskLight> attention) {

    /** How many tasks have this light. */
    public int count(Light light) {
        return lights.getOrDefault(light, 0);
    }

    /** How many tasks stand so. */
    public int count(TaskState.State state) {
        return states.getOrDefault(state, 0);
    }

    /** No tasks: the digest has no task lines. */
    public static TaskSummary none() {
        return new TaskSummary(0, Map.of(), Map.of(), List.of());
    }
}
