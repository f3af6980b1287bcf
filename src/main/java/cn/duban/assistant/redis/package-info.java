/** The Redis connection: an embedded redis-server by default, or a configured server, Sentinel or Cluster; its health. */
package cn.duban.assistant.redis;
