package cn.duban.assistant.understanding;

import java.util.ArrayList;
import java.util.List;

import cn.duban.assistant.lights.Light;
import cn.duban.assistant.vocabulary.Vocabulary;

/**
 * Reads the 三色 questions: 红灯任务, 黄灯有哪些, 蓝灯, 亮灯的任务, 预警 (the words {@code lights.*} of the vocabulary),
 * and 哪些任务超期了 / 快到期的任务 (words of overdue or due soon, with a word for tasks).
 */
final class LightQuestions {

    private LightQuestions() {
    }

    /** The question for the lights it names (none: all), or null when the text asks none. */
    static Intent read(Vocabulary vocabulary, String text) {
        boolean tasks = vocabulary.foundIn("lights.tasks", text);
        List<Light> lights = new ArrayList<>();
        if (vocabulary.foundIn("lights.red", text) || tasks && vocabulary.foundIn("lights.overdue", text)) {
            lights.add(Light.RED);
        }
        if (vocabulary.foundIn("lights.yellow", text)) {
            lights.add(Light.YELLOW);
        }
        if (vocabulary.foundIn("lights.blue", text) || tasks && vocabulary.foundIn("lights.due-soon", text)) {
            lights.add(Light.BLUE);
        }
        if (!lights.isEmpty()) {
            return new Intent.AskLights(lights);
        }
        return vocabulary.foundIn("lights.any", text) ? new Intent.AskLights(List.of()) : null;
    }
}
