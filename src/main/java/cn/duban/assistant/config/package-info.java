/** The assistant's settings ({@code assistant.*}), its clock, and what the server shows of its errors. */
package cn.duban.assistant.config;
