/**
 * The 督查室's 三色 warnings for tasks and targets alike: 红 overdue, 黄 behind 序时进度 or silent, 蓝 deadline near.
 * One rule for each kind ({@link LightRules}), used by 预警, the digest and the 通报 alike; counts are kept apart for
 * tasks and targets ({@link LightCounts}). Rules only; the wording of the colours is in {@code replies.properties}.
 */
package cn.duban.assistant.lights;
