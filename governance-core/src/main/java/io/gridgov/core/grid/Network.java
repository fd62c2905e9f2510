package io.gridgov.core.grid;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.List;
import java.util.Objects;

/**
 * A line of work a grid member serves. One member serves several networks at once (一员多用); Longshan
 * merged five into one "big grid". The five common networks are constants; hosts add their own with
 * {@link #of(String, String, String)} (the set is open, so this is a value, not an enum).
 *
 * @param key       stable identifier used in data files, e.g. {@code "safety"}
 * @param name      English name
 * @param localName Chinese name
 */
public record Network(String key, String name, String localName) {
    /** 党建: party building. */
    public static final Network PARTY_BUILDING = new Network("party-building", "party building", "党建");
    /** 民生: people's livelihood. */
    public static final Network LIVELIHOOD = new Network("livelihood", "people's livelihood", "民生");
    /** 疫情防控: epidemic prevention. */
    public static final Network EPIDEMIC_PREVENTION = new Network("epidemic", "epidemic prevention", "疫情防控");
    /** 平安: public safety. */
    public static final Network PUBLIC_SAFETY = new Network("safety", "public safety", "平安");
    /** 文明: civilisation. */
    public static final Network CIVILISATION = new Network("civilisation", "civilisation", "文明");

    private static final List<Network> STANDARD =
            List.of(PARTY_BUILDING, LIVELIHOOD, EPIDEMIC_PREVENTION, PUBLIC_SAFETY, CIVILISATION);

    /**
     * Validates the parts.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) for a blank key
     */
    public Network {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(localName, "localName");
        if (key.isBlank()) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "network key",
                    "it is blank; use a stable key such as 'safety'");
        }
    }

    /**
     * A network; the standard ones are returned as their constants.
     *
     * @param key       stable key
     * @param name      English name
     * @param localName Chinese name
     * @return the network
     */
    public static Network of(String key, String name, String localName) {
        return new Network(key, name, localName);
    }

    /** The five standard networks: party building, livelihood, epidemic prevention, public safety, civilisation. */
    public static List<Network> standard() {
        return STANDARD;
    }

    /** Orders networks: the standard five first in their usual order, then others by key. */
    static int order(Network a, Network b) {
        int ia = STANDARD.indexOf(a);
        int ib = STANDARD.indexOf(b);
        if (ia >= 0 || ib >= 0) {
            return Integer.compare(ia < 0 ? Integer.MAX_VALUE : ia, ib < 0 ? Integer.MAX_VALUE : ib);
        }
        return a.key.compareTo(b.key);
    }

    /** Renders as the key. */
    @Override
    public String toString() {
        return key;
    }
}
