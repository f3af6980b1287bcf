/**
 * The trigger vocabulary: every word and pattern by which the assistant tells what a message is (help, 撤回, 更正, a
 * running total, a question word …), from {@code vocabulary.properties} with county overrides in {@code config/}.
 */
package cn.duban.assistant.vocabulary;
