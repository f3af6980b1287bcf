/** 督办助手: the application's entry point and its commands (service, console, benchmarks). */
package cn.duban.assistant;
