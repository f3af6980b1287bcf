package cn.duban.assistant.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.roster.Reporter;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * One reporter of the fault benchmark, with WeChat Work between him and the service: sends each figure as a signed,
 * encrypted callback; WeChat Work sends a callback again (same MsgId, at most 3 times) when it gets no answer within
 * 5 s; an empty answer means the reply comes through message/send. The reporter sends the same text again as a new
 * message after 暂时无法保存 or 状态未知, until he is told 已记录 (at most 30 times).
 */
final class FaultReporter {

    private static final Duration WECOM_WAIT = Duration.ofSeconds(5);
    /** Between one report and the next: 300 reports take about as long as the faults. */
    private static final long PACE_MILLIS = 40;

    /** One intended report: its figure, whether the reporter was told 已记录, the messages told 暂时无法保存. */
    record Report(int figure, boolean confirmed, List<String> notSavedIds) {
    }

    /** How many replies of each kind reporters got. */
    static final class Replies {
        int recorded;
        int notSaved;
        int unknown;
        int other;
        int none;
        int later;
        int retries;

        void add(Replies more) {
            recorded += more.recorded;
            notSaved += more.notSaved;
            unknown += more.unknown;
            other += more.other;
            none += more.none;
            later += more.later;
            retries += more.retries;
        }
    }

    private final Reporter reporter;
    private final int count;
    private final String callbackUrl;
    private final MessageSink sink;
    private long msgId;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WECOM_WAIT).build();
    private final WxCryptUtil crypt = SampleApp.crypt();
    private final List<Report> reports = new ArrayList<>();
    private final Replies replies = new Replies();

    FaultReporter(Reporter reporter, int count, int port, MessageSink sink, long firstMsgId) {
        this.reporter = reporter;
        this.count = count;
        this.callbackUrl = "http://127.0.0.1:" + port + "/wecom/callback";
        this.sink = sink;
        this.msgId = firstMsgId;
    }

    String unit() {
        return reporter.unit();
    }

    List<Report> reports() {
        return reports;
    }

    Replies replies() {
        return replies;
    }

    void run() throws InterruptedException {
        for (int figure = 1; figure <= count; figure++) {
            String text = "新增城镇就业" + figure + "人";
            List<String> notSaved = new ArrayList<>();
            boolean confirmed = false;
            for (int attempt = 0; attempt < 30 && !confirmed; attempt++) {
                String id = Long.toString(msgId++);
                String reply = exchange(text, id);
                if (reply == null) {
                    replies.none++;
                } else if (reply.startsWith("已记录")) {
                    replies.recorded++;
                    confirmed = true;
                } else if (reply.startsWith("暂时无法保存")) {
                    replies.notSaved++;
                    notSaved.add(cn.duban.assistant.channel.wecom.WeComMessageIds.of(reporter.userId(), id, "", text));
                } else if (reply.startsWith("状态未知")) {
                    replies.unknown++;
                } else {
                    replies.other++;
                    System.out.println("unexpected reply to " + reporter.userId() + " \"" + text + "\": " + reply);
                }
                Thread.sleep(confirmed ? PACE_MILLIS : 500);
            }
            reports.add(new Report(figure, confirmed, notSaved));
        }
    }

    /** The reply to one message: passive, or through message/send; null when none came. */
    private String exchange(String text, String id) throws InterruptedException {
        String plain = SampleApp.textMessage(reporter.userId(), text, Long.parseLong(id));
        for (int delivery = 0; delivery < 4; delivery++) {
            if (delivery > 0) {
                replies.retries++;
            }
            WxCryptUtil.EncryptContext sealed = crypt.encryptContext(plain);
            String body = SampleApp.envelope(sealed.getEncrypt());
            URI uri = URI.create(callbackUrl + "?msg_signature=" + sealed.getSignature() + "&timestamp="
                    + sealed.getTimeStamp() + "&nonce=" + sealed.getNonce());
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(WECOM_WAIT)
                        .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    continue;
                }
                if (response.body().contains("<Encrypt>")) {
                    return passive(response.body());
                }
                String later = sink.next(reporter.userId(), 30);
                replies.later += later == null ? 0 : 1;
                return later;
            } catch (HttpTimeoutException e) {
                // WeChat Work got no answer within 5 s: it sends the same callback again
            } catch (IOException e) {
                Thread.sleep(1000);
            }
        }
        return null;
    }

    private String passive(String body) {
        int start = body.indexOf("<Encrypt><![CDATA[") + 18;
        String reply = crypt.decrypt(body.substring(start, body.indexOf("]]>", start)));
        int content = reply.indexOf("<Content><![CDATA[") + 18;
        return reply.substring(content, reply.indexOf("]]></Content>", content));
    }
}
