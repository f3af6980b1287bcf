package cn.duban.assistant.importing;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the import guesses about a report from its text, for county staff to check: its title, the year it plans,
 * the county, the speaker, and the source address a saved web page names ({@code # source: URL} on its first line).
 *
 * @param title   the line that names the report (…政府工作报告), else its first short line
 * @param year    the year it plans: “2025年主要预期目标”, “2023年政府重点工作”; a report given in November or
 *                December (2023年12月20日) plans the next year; else the year named most often
 * @param county  the county it speaks for (彰武县), or empty
 * @param speaker who delivered it (县长 张三 → 张三), or empty
 * @param source  where the text was taken from, or empty
 * @param body    the report's text without the source line
 */
public record ReportFacts(String title, int year, String county, String speaker, String source, String body) {

    private static final Pattern SOURCE = Pattern.compile("^#\\s*source:\\s*(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLANNED_YEAR = Pattern.compile(
            "(20[0-9]{2})年(?:是|的?主要预期目标|的?发展目标|的?目标任务|的?政府(?:重点)?工作|的?重点工作|经济社会发展|全县经济社会发展|工作安排|的?主要目标)");
    private static final Pattern DATED = Pattern.compile("(20[0-9]{2})年([0-9]{1,2})月[0-9]{1,2}日");
    private static final Pattern ANY_YEAR = Pattern.compile("(20[0-9]{2})年");
    private static final Pattern COUNTY = Pattern.compile(
            "([\\p{IsHan}]{1,6}?[县市区旗])(?:人民政府|政府工作报告|第[一二三四五六七八九十]+届人民代表大会)");
    private static final Pattern SPEAKER = Pattern.compile(
            "(?:代理?)?(?:县长|市长|区长|旗长)[\\s:：]*([\\p{IsHan}]{2,3})(?=\\s|$|[(（])", Pattern.MULTILINE);

    /** Reads the facts from a report's text (the whole text, a saved page's source line included). */
    public static ReportFacts of(String text) {
        String source = "";
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().findFirst().orElse("");
        Matcher sourceLine = SOURCE.matcher(firstLine.strip());
        if (sourceLine.matches()) {
            source = sourceLine.group(1);
            body = body.substring(Math.min(body.length(), firstLine.length() + 1));
        }
        String head = body.substring(0, Math.min(body.length(), 600));
        return new ReportFacts(title(body), year(body), county(head), speaker(head), source, body);
    }

    private static String title(String body) {
        String fallback = "";
        for (String line : body.lines().limit(20).map(String::strip).toList()) {
            if (line.contains("政府工作报告")) {
                return line.replaceAll("^[(（][^)）]*[)）]", "").replaceAll("[(（][^)）]*[)）]$", "").strip();
            }
            if (fallback.isEmpty() && !line.isEmpty() && line.length() <= 40) {
                fallback = line;
            }
        }
        return fallback.isEmpty() ? "政府工作报告" : fallback;
    }

    private static int year(String body) {
        Matcher planned = PLANNED_YEAR.matcher(body);
        if (planned.find()) {
            return Integer.parseInt(planned.group(1));
        }
        Matcher dated = DATED.matcher(body.substring(0, Math.min(body.length(), 600)));
        if (dated.find()) {
            int year = Integer.parseInt(dated.group(1));
            return Integer.parseInt(dated.group(2)) >= 11 ? year + 1 : year;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher any = ANY_YEAR.matcher(body);
        while (any.find()) {
            counts.merge(Integer.parseInt(any.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(Year.now().getValue());
    }

    private static String county(String head) {
        Matcher matcher = COUNTY.matcher(head);
        return matcher.find() ? matcher.group(1).replaceFirst("^.*[在年日月的于]", "").replaceFirst("^[(（)）]+", "") : "";
    }

    private static String speaker(String head) {
        Matcher matcher = SPEAKER.matcher(head);
        return matcher.find() ? matcher.group(1) : "";
    }
}
