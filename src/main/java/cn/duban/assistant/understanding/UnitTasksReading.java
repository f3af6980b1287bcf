package cn.duban.assistant.understanding;

import java.util.List;
import java.util.Optional;

import cn.duban.assistant.knowledge.Question;
import cn.duban.assistant.vocabulary.Vocabulary;

/** Reads which unit's tasks a message asks for (县交通运输局的任务, 交通局负责哪些任务, 我们单位的任务). */
final class UnitTasksReading {

    private final List<String> units;
    private final Vocabulary vocabulary;

    UnitTasksReading(List<String> units, Vocabulary vocabulary) {
        this.units = units;
        this.vocabulary = vocabulary;
    }

    /** 县交通运输局的任务, 交通局负责哪些任务, a reporter's 我们单位的任务: the unit asked about; null otherwise. */
    Intent read(String text, Optional<String> ownUnit) {
        List<int[]> spans = vocabulary.spans("task.unit-list", text);
        if (spans.isEmpty()) {
            return null;
        }
        String before = TaskReading.strip(text.substring(0, spans.get(0)[0]));
        if (ownUnit.isPresent() && (before.isEmpty() || vocabulary.foundIn("own-unit", before) || before.startsWith("我"))) {
            return new Intent.AskUnitTasks(ownUnit.get());
        }
        String asked = TaskReading.strip(vocabulary.without("question.words", before));
        List<String> exact = units.stream().filter(unit -> asked.contains(Question.normalize(unit))).toList();
        if (!exact.isEmpty()) {
            return new Intent.AskUnitTasks(exact.get(0));
        }
        String shortName = asked.startsWith("县") ? asked.substring(1) : asked;
        List<String> near = units.stream().filter(unit -> shortName.length() >= 2 && shorthand(shortName, Question.normalize(unit))).toList();
        return near.size() == 1 ? new Intent.AskUnitTasks(near.get(0)) : null;
    }

    /** 交通局 for 县交通运输局: the same first and last character, the rest in order. */
    private static boolean shorthand(String shortName, String unit) {
        String name = unit.startsWith("县") ? unit.substring(1) : unit;
        if (name.isEmpty() || name.charAt(0) != shortName.charAt(0) || name.charAt(name.length() - 1) != shortName.charAt(shortName.length() - 1)) {
            return false;
        }
        int at = 0;
        for (char c : shortName.toCharArray()) {
            at = name.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
