/** Who is who: officials and the units' reporters, from {@code config/roster.yml}. */
package cn.duban.assistant.roster;
