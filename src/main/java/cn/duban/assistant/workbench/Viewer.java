package cn.duban.assistant.workbench;

/**
 * Who is looking at the workbench, as the roster in use has him.
 *
 * @param userId the roster UserID (empty when the account names none)
 * @param name   the roster's name, or the UserID
 * @param role   official, reporter or neither
 * @param unit   the reporter's unit, else null
 */
public record Viewer(String userId, String name, Role role, String unit) {

    /** What a viewer may see: officials everything, a reporter his own unit, anyone else nothing. */
    public enum Role { OFFICIAL, REPORTER, NONE }

    /** Whether this viewer sees everything. */
    public boolean official() {
        return role == Role.OFFICIAL;
    }

    /** Whether this viewer may see this unit's figures, notes and history. */
    public boolean sees(String someUnit) {
        return role == Role.OFFICIAL || role == Role.REPORTER && unit.equals(someUnit);
    }
}
