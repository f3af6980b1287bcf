/** Benchmarks run as commands of the jar (never as tests): they print figures for the README and issue notes. */
package cn.duban.assistant.benchmark;
