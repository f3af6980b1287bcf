package cn.duban.assistant.roster;

import java.util.List;

/**
 * Someone who reports figures for a unit.
 *
 * @param userId    WeChat Work UserID
 * @param name      name shown in replies
 * @param unit      a township (乡镇/街道) or a department (县人社局 …)
 * @param targetIds the targets this person may report; empty means all
 */
public record Reporter(String userId, String name, String unit, List<String> targetIds) {

    public boolean mayReport(String targetId) {
        return targetIds.isEmpty() || targetIds.contains(targetId);
    }
}
