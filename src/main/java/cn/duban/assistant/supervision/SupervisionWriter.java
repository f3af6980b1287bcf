package cn.duban.assistant.supervision;

/** Words a 督办单 for its recipients (the wording layer implements it; the feature knows no words). */
public interface SupervisionWriter {

    /** The 督办单 as sent, under the number it got. */
    String order(SupervisionOutcome.Draft draft, long number);
}
