package cn.duban.assistant.digest;

import java.time.ZonedDateTime;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import cn.duban.assistant.config.AssistantProperties;

/**
 * Sends the digest on its schedule ({@code assistant.digest.cron}, default 08:30 on working days), and at startup
 * sends a digest missed while the service was down, when that was earlier today. Both go through the once-a-day
 * record, so several instances or a restart never send it twice. Each run takes the digest service of the knowledge and
 * roster loaded at that moment.
 */
@Component
class DigestSchedule {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final Supplier<DigestService> current;
    private final AssistantProperties properties;

    DigestSchedule(Supplier<DigestService> current, AssistantProperties properties) {
        this.current = current;
        this.properties = properties;
    }

    @Scheduled(cron = "${assistant.digest.cron:0 30 8 * * MON-FRI}", zone = "${assistant.zone:Asia/Shanghai}")
    void onSchedule() {
        run("按时");
    }

    @Scheduled(cron = "${assistant.digest.reminder-cron:0 0 9 * * MON}", zone = "${assistant.zone:Asia/Shanghai}")
    void onReminderSchedule() {
        DigestService digest = current.get();
        if (!properties.digest().enabled() || digest.reminders().isEmpty()) {
            return;
        }
        try {
            digest.reminders().get().remindToday();
        } catch (RuntimeException e) {
            log.error("催报发送出错: {}", e.getMessage(), e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (wasDueEarlierToday(properties.digest().cron(), ZonedDateTime.now(properties.zone()))) {
            Thread catchUp = new Thread(() -> run("补发"), "digest-catch-up");
            catchUp.setDaemon(true);
            catchUp.start();
        }
    }

    /** Whether the schedule had a run today before {@code now}: a digest an instance that was down has missed. */
    static boolean wasDueEarlierToday(String cron, ZonedDateTime now) {
        ZonedDateTime due = CronExpression.parse(cron).next(now.toLocalDate().atStartOfDay(now.getZone()).minusNanos(1));
        return due != null && !due.isAfter(now) && due.toLocalDate().equals(now.toLocalDate());
    }

    private void run(String why) {
        DigestService digest = current.get();
        if (!properties.digest().enabled() || digest.delivery().isEmpty()) {
            return;
        }
        try {
            log.info("{}发送日报", why);
            digest.delivery().get().deliverToday();
        } catch (RuntimeException e) {
            log.error("日报发送出错: {}", e.getMessage(), e);
        }
    }
}
