package cn.duban.assistant.channel.wecombot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake 智能机器人 long-connection server, driven by the JDK's own WebSocket client. */
class FakeBotServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final FakeBotServer server = FakeBotServer.started();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aWrongSecretIsRefusedAndTheConnectionGetsNoMessages() throws Exception {
        Client client = new Client(server);
        JsonNode ack = client.subscribe(FakeBotServer.BOT_ID, "wrong");

        assertThat(ack.path("errcode").asInt()).isEqualTo(40001);
        assertThat(ack.path("errmsg").asText()).isEqualTo("invalid secret");
        assertThat(server.subscriptions()).isZero();
        assertThat(server.openConnections()).isEqualTo(1);
        assertThatThrownBy(() -> server.text("zhangsan", "m1", "hi"))
                .isInstanceOf(IllegalStateException.class).hasMessage("no live connection");
    }

    @Test
    void aTextCallbackArrivesAndItsReplyIsAcknowledgedAndRecorded() throws Exception {
        Client client = new Client(server);
        assertThat(client.subscribe(FakeBotServer.BOT_ID, FakeBotServer.SECRET).path("errcode").asInt()).isZero();
        assertThat(server.subscriptions()).isEqualTo(1);

        String reqId = server.text("zhangsan", "m1", "常家镇新增就业120人");
        JsonNode callback = client.next();
        assertThat(callback.path("cmd").asText()).isEqualTo("aibot_msg_callback");
        assertThat(callback.path("headers").path("req_id").asText()).isEqualTo(reqId);
        JsonNode body = callback.path("body");
        assertThat(body.path("msgid").asText()).isEqualTo("m1");
        assertThat(body.path("aibotid").asText()).isEqualTo(FakeBotServer.BOT_ID);
        assertThat(body.path("chattype").asText()).isEqualTo("single");
        assertThat(body.has("chatid")).isFalse();
        assertThat(body.path("from").path("userid").asText()).isEqualTo("zhangsan");
        assertThat(body.path("create_time").asLong()).isPositive();
        assertThat(body.path("msgtype").asText()).isEqualTo("text");
        assertThat(body.path("text").path("content").asText()).isEqualTo("常家镇新增就业120人");

        JsonNode ack = client.request("aibot_respond_msg", reqId, streamBody("已记录", true));
        assertThat(ack.path("errcode").asInt()).isZero();
        assertThat(server.awaitReplies(reqId, 1, WAIT)).singleElement()
                .satisfies(reply -> assertThat(FakeBotServer.textOf(reply)).isEqualTo("已记录"));
    }

    @Test
    void groupMixedVoiceImageAndEnterChatCallbacksCarryTheirFields() throws Exception {
        Client client = new Client(server);
        client.subscribe(FakeBotServer.BOT_ID, FakeBotServer.SECRET);

        server.groupText("group-1", "lisi", "m2", "@督办助手 常家镇新增就业120人");
        JsonNode group = client.next().path("body");
        assertThat(group.path("chattype").asText()).isEqualTo("group");
        assertThat(group.path("chatid").asText()).isEqualTo("group-1");
        assertThat(group.path("text").path("content").asText()).startsWith("@督办助手 ");

        server.mixed("lisi", "m3", "第一段", "第二段");
        JsonNode items = client.next().path("body").path("mixed").path("msg_item");
        assertThat(items).hasSize(3);
        assertThat(items.get(1).path("text").path("content").asText()).isEqualTo("第二段");
        assertThat(items.get(2).path("msgtype").asText()).isEqualTo("image");

        server.voice("lisi", "m4", "识别出的话");
        assertThat(client.next().path("body").path("voice").path("content").asText()).isEqualTo("识别出的话");

        server.image("lisi", "m5");
        assertThat(client.next().path("body").path("image").path("url").asText()).startsWith("http://");

        String eventReq = server.enterChat("lisi");
        JsonNode event = client.next();
        assertThat(event.path("cmd").asText()).isEqualTo("aibot_event_callback");
        assertThat(event.path("headers").path("req_id").asText()).isEqualTo(eventReq);
        assertThat(event.path("body").path("event").path("eventtype").asText()).isEqualTo("enter_chat");
        JsonNode welcome = client.request("aibot_respond_welcome_msg", eventReq,
                JSON.createObjectNode().put("msgtype", "text").set("text", JSON.createObjectNode().put("content", "您好")));
        assertThat(welcome.path("errcode").asInt()).isZero();
        assertThat(FakeBotServer.textOf(server.replies(eventReq).get(0))).isEqualTo("您好");
    }

    @Test
    void aReplyOverTwentyKilobytesIsRefusedAndNotRecorded() throws Exception {
        Client client = new Client(server);
        client.subscribe(FakeBotServer.BOT_ID, FakeBotServer.SECRET);
        String reqId = server.text("zhangsan", "m1", "问");
        client.next();

        String tooLong = "字".repeat(10_000); // 30,000 UTF-8 bytes
        JsonNode ack = client.request("aibot_respond_msg", reqId, streamBody(tooLong, true));

        assertThat(ack.path("errcode").asInt()).isEqualTo(40058);
        assertThat(ack.path("errmsg").asText()).isEqualTo("content exceed max length");
        assertThat(server.replies(reqId)).isEmpty();
        assertThat(server.framesFromClient("aibot_respond_msg")).hasSize(1);
    }

    @Test
    void aSecondSubscriberReplacesTheFirst() throws Exception {
        Client first = new Client(server);
        first.subscribe(FakeBotServer.BOT_ID, FakeBotServer.SECRET);
        Client second = new Client(server);
        second.subscribe(FakeBotServer.BOT_ID, FakeBotServer.SECRET);

        JsonNode event = first.next();
        assertThat(event.path("cmd").asText()).isEqualTo("aibot_event_callback");
        assertThat(event.path("body").path("event").path("eventtype").asText()).isEqualTo("disconnected_event");
        assertThat(first.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(server.replacements()).isEqualTo(1);
        assertThat(server.subscriptions()).isEqualTo(2);

        String reqId = server.text("zhangsan", "m1", "还在吗");
        assertThat(second.next().path("headers").path("req_id").asText()).isEqualTo(reqId);
    }

    @Test
    void pingsAreAnsweredUntilHeartbeatLossIsTurnedOn() throws Exception {
        Client client = new Client(server);
        client.subscribe(FakeBotServer.BOT_ID, FakeBotServer.SECRET);
        assertThat(client.request("ping", "p1", null).path("errcode").asInt()).isZero();

        server.answerPings(false);
        client.send("ping", "p2", null);

        assertThat(client.frames.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(server.framesFromClient("ping")).hasSize(2);
    }

    @Test
    void anUploadedImageCanBeSentAndReadBack() throws Exception {
        Client client = new Client(server);
        client.subscribe(FakeBotServer.BOT_ID, FakeBotServer.SECRET);
        byte[] png = new byte[5000];
        new Random(7).nextBytes(png);

        ObjectNode init = JSON.createObjectNode().put("type", "image").put("filename", "x.png")
                .put("total_size", png.length).put("total_chunks", 2)
                .put("md5", HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(png)));
        String uploadId = client.request("aibot_upload_media_init", "u1", init).path("body").path("upload_id").asText();
        assertThat(uploadId).isNotBlank();
        for (int i = 0; i < 2; i++) {
            byte[] piece = Arrays.copyOfRange(png, i * 2500, (i + 1) * 2500);
            ObjectNode chunk = JSON.createObjectNode().put("upload_id", uploadId).put("chunk_index", i)
                    .put("base64_data", Base64.getEncoder().encodeToString(piece));
            assertThat(client.request("aibot_upload_media_chunk", "c" + i, chunk).path("errcode").asInt()).isZero();
        }
        JsonNode finished = client.request("aibot_upload_media_finish", "f1",
                JSON.createObjectNode().put("upload_id", uploadId));
        assertThat(finished.path("errcode").asInt()).isZero();
        String mediaId = finished.path("body").path("media_id").asText();
        assertThat(finished.path("body").path("type").asText()).isEqualTo("image");

        ObjectNode send = JSON.createObjectNode().put("chatid", "zhangsan").put("msgtype", "image");
        send.putObject("image").put("media_id", mediaId);
        assertThat(client.request("aibot_send_msg", "s1", send).path("errcode").asInt()).isZero();

        assertThat(server.uploaded(mediaId)).isEqualTo(png);
        assertThat(server.awaitSends("zhangsan", 1, WAIT)).singleElement()
                .satisfies(f -> assertThat(f.path("body").path("image").path("media_id").asText()).isEqualTo(mediaId));

        send.putObject("image").put("media_id", "nope");
        assertThat(client.request("aibot_send_msg", "s2", send).path("errcode").asInt()).isEqualTo(40007);
    }

    @Test
    void aBadMd5FailsTheUploadAndInjectedFailuresFailSends() throws Exception {
        Client client = new Client(server);
        client.subscribe(FakeBotServer.BOT_ID, FakeBotServer.SECRET);
        ObjectNode init = JSON.createObjectNode().put("type", "image").put("filename", "x.png")
                .put("total_size", 3).put("total_chunks", 1).put("md5", "00");
        String uploadId = client.request("aibot_upload_media_init", "u1", init).path("body").path("upload_id").asText();
        client.request("aibot_upload_media_chunk", "c0", JSON.createObjectNode().put("upload_id", uploadId)
                .put("chunk_index", 0).put("base64_data", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3})));
        assertThat(client.request("aibot_upload_media_finish", "f1", JSON.createObjectNode().put("upload_id", uploadId))
                .path("errcode").asInt()).isEqualTo(40009);

        server.failNextSends(45009, 1);
        ObjectNode send = JSON.createObjectNode().put("chatid", "zhangsan").put("msgtype", "markdown");
        send.putObject("markdown").put("content", "**日报**");
        assertThat(client.request("aibot_send_msg", "s1", send).path("errcode").asInt()).isEqualTo(45009);
        assertThat(client.request("aibot_send_msg", "s2", send).path("errcode").asInt()).isZero();
        assertThat(server.sends("zhangsan")).hasSize(1);
        assertThat(server.framesFromClient("aibot_send_msg")).hasSize(2);
    }

    @Test
    void droppingAllClosesSocketsWithoutAnEvent() throws Exception {
        Client client = new Client(server);
        client.subscribe(FakeBotServer.BOT_ID, FakeBotServer.SECRET);

        server.dropAll();

        server.awaitNoConnection(WAIT);
        assertThat(client.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1006);
        assertThat(client.frames).isEmpty();
        assertThat(server.replacements()).isZero();
        assertThatThrownBy(() -> server.text("zhangsan", "m1", "hi")).isInstanceOf(IllegalStateException.class);
    }

    private static ObjectNode streamBody(String content, boolean finish) {
        ObjectNode body = JSON.createObjectNode().put("msgtype", "stream");
        body.putObject("stream").put("id", "s-1").put("finish", finish).put("content", content);
        return body;
    }

    /** A JDK WebSocket client that queues every frame the fake sends; {@code closed} gets the close code (1006 on loss). */
    private static final class Client implements WebSocket.Listener {
        private static final AtomicInteger SEQ = new AtomicInteger();
        final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;

        Client(FakeBotServer server) {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(server.url()), this).join();
        }

        JsonNode subscribe(String botId, String secret) throws Exception {
            return request("aibot_subscribe", "sub-" + SEQ.incrementAndGet(),
                    JSON.createObjectNode().put("bot_id", botId).put("secret", secret));
        }

        /** Sends a frame and returns its ack (the next frame, which must carry the same req_id and no cmd). */
        JsonNode request(String cmd, String reqId, ObjectNode body) throws Exception {
            send(cmd, reqId, body);
            JsonNode ack = next();
            assertThat(ack.has("cmd")).isFalse();
            assertThat(ack.path("headers").path("req_id").asText()).isEqualTo(reqId);
            return ack;
        }

        void send(String cmd, String reqId, ObjectNode body) {
            ObjectNode frame = JSON.createObjectNode().put("cmd", cmd);
            frame.putObject("headers").put("req_id", reqId);
            if (body != null) {
                frame.set("body", body);
            }
            socket.sendText(frame.toString(), true).join();
        }

        JsonNode next() throws InterruptedException {
            JsonNode frame = frames.poll(5, TimeUnit.SECONDS);
            assertThat(frame).as("a frame from the fake").isNotNull();
            return frame;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(1006);
        }
    }
}
