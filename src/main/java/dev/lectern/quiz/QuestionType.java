package dev.lectern.quiz;

/** The kinds of question; {@link #attribute()} is the value of the {@code data-type} hook. */
public enum QuestionType {
    SINGLE, MULTIPLE, TRUEFALSE, TEXT, NUMBER, ORDER, MATCH;

    public String attribute() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
