package cn.duban.assistant.lights;

/**
 * A light and why it is lit, for the answer and the digest.
 *
 * @param light  the colour
 * @param reason why: {@link Reason#OVERDUE} for 红; {@link Reason#BEHIND} or {@link Reason#SILENT} for 黄;
 *               {@link Reason#DUE_SOON} for 蓝; {@link Reason#DONE} or {@link Reason#ON_COURSE} without a light
 */
public record Warning(Light light, Reason reason) {

    /** Why a light is (not) lit. */
    public enum Reason { OVERDUE, BEHIND, SILENT, DUE_SOON, DONE, ON_COURSE }

    static Warning of(Reason reason) {
        return new Warning(switch (reason) {
            case OVERDUE -> Light.RED;
            case BEHIND, SILENT -> Light.YELLOW;
            case DUE_SOON -> Light.BLUE;
            case DONE, ON_COURSE -> Light.NONE;
        }, reason);
    }
}
