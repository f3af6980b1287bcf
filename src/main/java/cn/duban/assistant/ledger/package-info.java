/**
 * The progress ledger in Redis: append-only entries with unit and county figures kept consistent atomically by one
 * Lua script; and reading figures (numerals, scale words, units) from chat text.
 */
package cn.duban.assistant.ledger;
