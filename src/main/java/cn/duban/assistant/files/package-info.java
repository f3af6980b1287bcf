/** Reading the YAML files county staff edit, with problems reported by file, line and field. */
package cn.duban.assistant.files;
