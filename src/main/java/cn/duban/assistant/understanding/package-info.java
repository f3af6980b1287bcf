/**
 * Understanding what officials and reporters write: the one reader that decides a message's intent, the numeral
 * reader (figures exactly as people write them), reports read into drafts (targets, figures, running totals), units
 * named in a message, and unit conversion.
 */
package cn.duban.assistant.understanding;
