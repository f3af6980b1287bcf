/** The assistant's settings ({@code assistant.*}) and its clock. */
package cn.duban.assistant.config;
