/**
 * The 督查室's 三色 warnings for tasks and targets alike: 红 overdue, 黄 behind 序时进度 or silent, 蓝 deadline near.
 * Rules only; the wording of the colours is in {@code replies.properties}.
 */
package cn.duban.assistant.lights;
