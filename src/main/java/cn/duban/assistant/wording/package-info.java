/** The assistant's Chinese wording: one resource bundle that county staff can adjust. */
package cn.duban.assistant.wording;
