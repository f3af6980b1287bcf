package cn.duban.assistant.importing;

import java.util.List;

/**
 * Writes proposed targets in the {@code knowledge/targets.yml} format (see the comments at the top of that file),
 * every text double-quoted so that any wording of a report stays one YAML string.
 */
final class TargetsYaml {

    private TargetsYaml() {
    }

    /**
     * The YAML text: a comment saying where the targets come from, then {@code targets:}.
     *
     * @param reportId the report each target names in {@code report:}, or null to leave it out (one report alone)
     */
    static String write(List<ProposedTarget> targets, String origin, String reportId) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# 从 ").append(origin.replace('\n', ' ')).append(" 找出的量化目标(").append(targets.size())
                .append(" 个),请逐条核对:删去不是目标的,补上漏掉的,核对 comparator、aggregation,填写 owner,\n")
                .append("# 可把 id 改成好记的英文短名(改名后 config/roster.yml 中也要跟着改)。字段说明见 knowledge/targets.yml 开头。\n");
        if (targets.isEmpty()) {
            return yaml.append("targets: []\n").toString();
        }
        yaml.append("targets:\n");
        for (ProposedTarget target : targets) {
            yaml.append("  - id: ").append(target.id()).append('\n')
                    .append("    name: ").append(quoted(target.name())).append('\n')
                    .append("    aliases: [").append(String.join(", ", target.aliases().stream().map(TargetsYaml::quoted).toList()))
                    .append("]\n")
                    .append("    value: ").append(target.value().stripTrailingZeros().toPlainString()).append('\n')
                    .append("    unit: ").append(quoted(target.unit())).append('\n')
                    .append("    comparator: ").append(quoted(target.comparator())).append('\n')
                    .append("    aggregation: ").append(target.aggregation()).append('\n');
            if (!target.section().isEmpty()) {
                yaml.append("    section: ").append(quoted(target.section())).append('\n');
            }
            yaml.append("    quote: ").append(quoted(target.quote())).append('\n')
                    .append("    owner: ").append(quoted(target.owner())).append('\n')
                    .append("    period: {start: ").append(target.year()).append("-01-01, end: ").append(target.year())
                    .append("-12-31}\n");
            if (reportId != null) {
                yaml.append("    report: ").append(reportId).append('\n');
            }
            yaml.append('\n');
        }
        return yaml.toString();
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
