package cn.duban.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Status;

import redis.clients.jedis.UnifiedJedis;

class RedisHealthIndicatorTest {

    private static RedisHealthIndicator indicatorFor(UnifiedJedis redis) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("redis", redis);
        return new RedisHealthIndicator(beans.getBeanProvider(UnifiedJedis.class));
    }

    @Test
    void upWhenRedisAnswers() {
        assertThat(indicatorFor(TestRedis.client()).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void downWhenRedisIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (UnifiedJedis unreachable = TestRedis.connect("redis://127.0.0.1:" + port)) {
            var health = indicatorFor(unreachable).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("error");
        }
    }
}
