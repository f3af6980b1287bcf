package cn.duban.assistant.roster;

/**
 * Someone who may ask anything, see every unit's figures and receive digests.
 *
 * @param userId WeChat Work UserID
 * @param name   name shown in replies
 * @param title  office, e.g. 副县长
 */
public record Official(String userId, String name, String title) {
}
