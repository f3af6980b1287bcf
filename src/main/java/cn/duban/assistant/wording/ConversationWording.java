package cn.duban.assistant.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.duban.assistant.knowledge.Knowledge;
import cn.duban.assistant.knowledge.ReloadOutcome;
import cn.duban.assistant.knowledge.Target;
import cn.duban.assistant.roster.Reporter;
import cn.duban.assistant.roster.Roster;
import cn.duban.assistant.understanding.Intent;

/**
 * Words help (with examples from the loaded knowledge and the user's own targets), small talk, bad input and
 * 重新加载.
 */
final class ConversationWording {

    private final Replies replies;
    private final Knowledge knowledge;
    private final Roster roster;
    private final Examples examples;
    private final int maxMessageLength;

    ConversationWording(Replies replies, Knowledge knowledge, Roster roster, Examples examples, int maxMessageLength) {
        this.replies = replies;
        this.knowledge = knowledge;
        this.roster = roster;
        this.examples = examples;
        this.maxMessageLength = maxMessageLength;
    }

    /** What the assistant does, for this user: questions for all, reporting for reporters, progress for the roster. */
    String help(String userId) {
        List<String> lines = new ArrayList<>();
        lines.add(replies.text("help.intro"));
        Optional<Target> first = knowledge.targets().stream().findFirst();
        lines.add(replies.text("help.ask", first.map(target -> replies.text("help.ask.target", target.name())).orElse(replies.text("help.ask.list")),
                replies.text("help.ask.list"), examples.passages()));
        Optional<Reporter> reporter = roster.reporter(userId).filter(r -> roster.official(userId).isEmpty());
        Target example = examples.target(reporter.orElse(null));
        if (reporter.isPresent() && example != null) {
            String figure = Examples.figure(example);
            lines.add(replies.text("help.report", reporter.get().unit(), example.name() + figure, example.name(), figure));
        } else if (roster.official(userId).isPresent() && example != null) {
            lines.add(replies.text("help.report.others", examples.report(null)));
        }
        if (roster.knows(userId) && example != null) {
            String unit = roster.units().stream().findFirst().map(name -> "、" + replies.text("help.progress.unit", name)).orElse("");
            lines.add(replies.text(roster.official(userId).isPresent() ? "help.progress.official" : "help.progress",
                    examples.shortName(), unit));
        }
        tasks(userId, reporter.orElse(null)).ifPresent(lines::add);
        if (roster.official(userId).isPresent()) {
            lines.add(replies.text("help.reload"));
        }
        lines.add(replies.text("help.not-found"));
        return String.join("\n", lines);
    }

    /**
     * The help's line on tasks, when the knowledge has any: for a reporter, how to write a note on one of his unit's
     * tasks; for an official, the questions, 督办单, 通报 and 核实; for anyone else, how to ask about a task.
     */
    private Optional<String> tasks(String userId, Reporter reporter) {
        if (knowledge.tasks().isEmpty()) {
            return Optional.empty();
        }
        if (reporter != null) {
            return knowledge.tasks().stream()
                    .filter(task -> task.lead().equals(reporter.unit()) || task.partners().contains(reporter.unit()))
                    .findFirst().map(task -> replies.text("help.tasks.reporter", task.name()));
        }
        String name = knowledge.tasks().get(0).name();
        return Optional.of(replies.text(roster.official(userId).isPresent() ? "help.tasks.official" : "help.tasks.ask", name));
    }

    String reload(ReloadOutcome outcome) {
        if (outcome instanceof ReloadOutcome.Reloaded loaded) {
            return replies.text("reload.done", loaded.reports(), loaded.targets(), loaded.officials(), loaded.reporters());
        }
        return outcome instanceof ReloadOutcome.Broken broken ? replies.text("reload.broken", broken.problem())
                : replies.text("reload.refused");
    }

    String smallTalk(Intent.SmallTalk.Kind kind) {
        return replies.text("talk." + kind.name());
    }

    String unreadable(Intent.Unreadable.Problem problem) {
        return switch (problem) {
            case EMPTY -> replies.text("input.empty", examples.shortName());
            case TOO_LONG -> replies.text("input.too-long", maxMessageLength);
            case NO_CONTENT -> replies.text("input.no-content", examples.shortName());
        };
    }
}
