package cn.duban.assistant.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script kept in the resources, run by its SHA1 ({@code EVALSHA}); loaded on first use and again when Redis
 * no longer has it (a restart, {@code SCRIPT FLUSH}). The script is loaded for the cluster slot of {@code slotKey},
 * where all its keys live (one hash tag), so it also runs on a Redis Cluster.
 */
public final class LuaScript {

    private final String text;
    private final String slotKey;
    private volatile String sha;

    /**
     * @param resource the script's resource path, e.g. {@code /ledger/ledger.lua}
     * @param slotKey  a key in the slot of the script's keys, e.g. {@code duban:{ledger}:}
     * @throws UncheckedIOException when the resource cannot be read (a broken build)
     */
    public LuaScript(String resource, String slotKey) {
        try (InputStream in = LuaScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.slotKey = slotKey;
    }

    /** Runs the script with these arguments (no keys: it builds them from its prefix). */
    public Object run(UnifiedJedis redis, List<String> args) {
        return run(redis, args, UnaryOperator.identity());
    }

    /**
     * Runs the script; a failure to load it (which changed nothing) is passed through {@code loadFailure}, so that a
     * caller can tell it from a failure of the run itself (whose effect is unknown).
     */
    public Object run(UnifiedJedis redis, List<String> args, UnaryOperator<RuntimeException> loadFailure) {
        String known = sha;
        if (known != null) {
            try {
                return redis.evalsha(known, List.of(), args);
            } catch (JedisNoScriptException e) {
                sha = null;
            }
        }
        try {
            known = redis.scriptLoad(text, slotKey);
        } catch (RuntimeException e) {
            throw loadFailure.apply(e);
        }
        sha = known;
        return redis.evalsha(known, List.of(), args);
    }
}
