package io.gridgov.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Scans rendered text (a {@code toString()}, an exception message) for personal data: an unmasked mobile
 * number, an 18-character identity number, or any of the raw secrets a test used. The leak tests of the
 * case and dispute lifecycles extend it with what their aggregates render.
 */
public class LeakScan {
    /** A mainland mobile number, possibly typed with dashes or spaces; not part of a longer digit run (area codes). */
    public static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)");
    /** A resident identity number: 17 digits and a check character, not part of a longer run. */
    public static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])");

    /** The raw names, phone and identity numbers the test used; none may appear. */
    public final Set<String> secrets = new LinkedHashSet<>();
    /** What was found, at most 20. */
    public final List<String> findings = new ArrayList<>();
    /** How many texts were scanned. */
    public int scanned;
    /** How many refusals were scanned. */
    public int refusals;

    /** Scans one rendered text. */
    public void text(String where, String s) {
        scanned++;
        for (Pattern p : List.of(MOBILE, ID_NUMBER)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                finding(where, "'" + m.group() + "'", s);
            }
        }
        for (String secret : secrets) {
            if (s.contains(secret)) {
                finding(where, "raw '" + secret + "'", s);
            }
        }
    }

    /** Scans a refusal: its message, its {@code toString()} and, for invalid input, its problems. */
    public void exception(String where, Throwable e) {
        refusals++;
        text(where + " message", e.getMessage());
        text(where + " exception", e.toString());
        if (e instanceof InvalidInputException x) {
            text(where + " problems", x.problems().toString());
        }
    }

    /** Runs something that must be refused with a governance exception, and scans the refusal. */
    public void refused(Runnable r) {
        Throwable e = catchThrowable(r::run);
        assertThat(e).as("a refusal").isInstanceOf(GovernanceException.class);
        exception("bad input", e);
    }

    /** Records a finding. */
    protected void finding(String where, String what, String in) {
        if (findings.size() < 20) {
            findings.add(where + ": " + what + " in: " + in);
        }
    }
}
