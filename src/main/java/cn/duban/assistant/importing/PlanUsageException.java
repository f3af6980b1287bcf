package cn.duban.assistant.importing;

/**
 * A 分工方案 import refused for what was given rather than for a file that cannot be read: a sheet without the
 * headers (工作任务 and 牵头单位; the message names what is missing and what was found), or several reports and none
 * named. The command exits with 2.
 */
public final class PlanUsageException extends ImportException {

    PlanUsageException(String message) {
        super(message);
    }
}
