package cn.duban.assistant.redis;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.duban.assistant.config.AssistantProperties;
import java.time.Duration;

import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.ConnectionFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.executors.DefaultCommandExecutor;
import redis.clients.jedis.providers.ConnectionProvider;
import redis.clients.jedis.providers.PooledConnectionProvider;
import redis.clients.jedis.providers.SentineledConnectionProvider;

/** Builds the Jedis client for the configured Redis: a single server by URL, Sentinel, or Cluster. */
public final class RedisConnections {

    static final int POOL_SIZE = 128;

    private RedisConnections() {
    }

    /** The client for the configured Redis; for an embedded one, the server at {@code embeddedUrl}. */
    public static UnifiedJedis connect(AssistantProperties.Redis settings, String embeddedUrl) {
        return connect(settings, embeddedUrl, null);
    }

    /**
     * The same, through the embedded server's Unix socket {@code embeddedSocket} when it is not null (its
     * {@code embeddedUrl} still names the database and password).
     */
    public static UnifiedJedis connect(AssistantProperties.Redis settings, String embeddedUrl, java.nio.file.Path embeddedSocket) {
        int timeout = (int) settings.timeout().toMillis();
        if (settings.clusterNodes() != null && !settings.clusterNodes().isEmpty()) {
            return new JedisCluster(hosts(settings.clusterNodes()), config(timeout, null, settings.password(), 0));
        }
        if (settings.sentinelMaster() != null && !settings.sentinelMaster().isBlank()) {
            return guarded(new SentineledConnectionProvider(settings.sentinelMaster(), config(timeout, null, settings.password(), 0),
                    pool(), hosts(settings.sentinelNodes()), config(timeout, null, null, 0)), settings.timeout());
        }
        URI uri = URI.create(settings.embedded() ? embeddedUrl : settings.url().strip());
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts.length == 2 && !parts[0].isEmpty() ? parts[0] : null;
            password = parts.length == 2 ? parts[1] : parts[0];
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
        int database = path.isEmpty() ? 0 : Integer.parseInt(path);
        JedisClientConfig config = config(timeout, user, password, database);
        if (settings.embedded() && embeddedSocket != null) {
            return guarded(new PooledConnectionProvider(new ConnectionFactory(new UnixSocketFactory(embeddedSocket, timeout), config),
                    pool()), settings.timeout());
        }
        return guarded(new PooledConnectionProvider(new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()),
                config, pool()), settings.timeout());
    }

    /**
     * A client whose commands fail at once while Redis has just failed ({@link RedisBreaker}), trying again every
     * quarter of the timeout (at least 250 ms).
     */
    private static UnifiedJedis guarded(ConnectionProvider provider, Duration timeout) {
        Duration retryAfter = timeout.dividedBy(4).compareTo(Duration.ofMillis(250)) < 0 ? Duration.ofMillis(250) : timeout.dividedBy(4);
        Runnable dropIdle = provider instanceof PooledConnectionProvider pooled ? pooled.getPool()::clear : () -> { };
        return new UnifiedJedis(new RedisBreaker(new DefaultCommandExecutor(provider), provider::getConnection, retryAfter, dropIdle), provider,
                new CommandObjects());
    }

    /**
     * Enough connections for every callback thread: with {@code appendfsync always} Redis writes the AOF once per
     * round of its event loop, so more clients waiting at once means fewer disk flushes per request.
     */
    private static ConnectionPoolConfig pool() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(POOL_SIZE);
        pool.setMaxIdle(POOL_SIZE);
        pool.setMinIdle(4);
        // idle connections are checked every second, so that after Redis restarts none leads to the old server
        pool.setTestWhileIdle(true);
        pool.setTimeBetweenEvictionRuns(Duration.ofSeconds(1));
        return pool;
    }

    private static JedisClientConfig config(int timeout, String user, String password, int database) {
        return DefaultJedisClientConfig.builder().connectionTimeoutMillis(timeout).socketTimeoutMillis(timeout)
                .user(user).password(password == null || password.isEmpty() ? null : password).database(database)
                .clientName("duban-assistant").build();
    }

    private static Set<HostAndPort> hosts(List<String> nodes) {
        return nodes.stream().flatMap(node -> Arrays.stream(node.split(","))).map(String::strip)
                .filter(node -> !node.isEmpty()).map(HostAndPort::from).collect(Collectors.toSet());
    }
}
