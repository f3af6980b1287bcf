/** Progress against 序时进度: status in the 督查室's words, targets behind schedule, units that have not reported. */
package cn.duban.assistant.progress;
