package cn.duban.assistant.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A 督办单 as recorded: numbered per year when 是 sends it.
 *
 * @param year       the year of its number
 * @param seq        its number in that year (督办〔year〕第seq号)
 * @param taskId     the task
 * @param drafter    the official who drafted and confirmed it
 * @param at         when it was confirmed
 * @param due        the reply deadline (反馈期限)
 * @param recipients the reporters it reached, by UserID
 * @param failed     the reporters the channel did not accept, by UserID
 * @param sent       whether it reached anyone
 * @param feedback   the id of the note that answered it, 0 while none
 * @param feedbackAt when that note was written, or null
 */
public record SupervisionOrder(int year, long seq, String taskId, String drafter, Instant at, LocalDate due,
                               List<String> recipients, List<String> failed, boolean sent, long feedback,
                               Instant feedbackAt) {

    /** Whether it was answered. */
    public boolean answered() {
        return feedback > 0;
    }

    /** Sent, not answered, and its deadline passed by {@code today}. */
    public boolean overdue(LocalDate today) {
        return sent && !answered() && today.isAfter(due);
    }

    static SupervisionOrder fromHash(Map<String, String> hash) {
        String fb = hash.getOrDefault("fb", "");
        String fbAt = hash.getOrDefault("fbAt", "");
        return new SupervisionOrder(Integer.parseInt(hash.get("year")), Long.parseLong(hash.get("seq")), hash.get("task"),
                hash.get("user"), Instant.ofEpochMilli(Long.parseLong(hash.get("at"))), LocalDate.parse(hash.get("due")),
                split(hash.getOrDefault("to", "")), split(hash.getOrDefault("failed", "")), "sent".equals(hash.get("status")),
                fb.isEmpty() ? 0 : Long.parseLong(fb), fbAt.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(fbAt)));
    }

    private static List<String> split(String ids) {
        return ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
    }
}
