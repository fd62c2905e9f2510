package io.gridgov.routing.rules;

import java.util.Objects;

/** An explanation rendered when its decision was made (for decisions off the hot path). */
record Sentences(String english, String chinese) implements Explanation {
    Sentences {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
    }

    @Override
    public String toEnglish() {
        return english;
    }

    @Override
    public String toChinese() {
        return chinese;
    }

    @Override
    public String toString() {
        return english;
    }
}
