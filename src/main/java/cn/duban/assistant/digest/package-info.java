/**
 * The morning digest: where targets stand, exceptions first, for officials; on demand (汇总, 日报), on schedule and by
 * {@code push-daily}, delivered at most once per recipient per day.
 */
package cn.duban.assistant.digest;
