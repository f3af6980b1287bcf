/**
 * What the assistant knows: the reports and targets in {@code knowledge/}, their Lucene index, and answers to
 * questions about them, quoted from the report with their section, or 未找到; what loading them again came to.
 */
package cn.duban.assistant.knowledge;
