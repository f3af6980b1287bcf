/** The assistant's Chinese wording: every reply is worded here, from one resource bundle that county staff can adjust. */
package cn.duban.assistant.wording;
