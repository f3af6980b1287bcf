package cn.duban.assistant.lights;

/** A warning colour, most urgent first; {@link #NONE} is no warning (done, or on course). */
public enum Light {
    /** 红灯: past the deadline (or the period) and not done. */
    RED,
    /** 黄灯: behind 序时进度, or silent too long. */
    YELLOW,
    /** 蓝灯: the deadline is near and the task not done. */
    BLUE,
    /** No warning. */
    NONE
}
