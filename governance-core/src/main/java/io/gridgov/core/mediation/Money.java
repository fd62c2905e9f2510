package io.gridgov.core.mediation;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.math.BigDecimal;

/**
 * An amount of renminbi, in fen (分): the amount in dispute, or the compensation an agreement settles.
 * There is no fee anywhere in the mediation model: people's mediation is free (People's Mediation Law
 * art. 4).
 *
 * @param fen the amount in fen, 0 or more
 */
public record Money(long fen) implements Comparable<Money> {
    /** Nothing: a dispute with no amount at stake, an agreement that settles no money. */
    public static final Money ZERO = new Money(0);

    /** The largest amount accepted: one trillion yuan. */
    static final long MAX_FEN = 100_000_000_000_000L;

    /**
     * Validates the amount.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) if negative or above one trillion yuan
     */
    public Money {
        if (fen < 0 || fen > MAX_FEN) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "amount", "an amount of " + fen
                    + " fen is out of range; give 0 to " + MAX_FEN + " fen (one trillion yuan)");
        }
    }

    /** An amount in whole yuan. */
    public static Money yuan(long yuan) {
        if (yuan < 0 || yuan > MAX_FEN / 100) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "amount", "an amount of " + yuan
                    + " yuan is out of range; give 0 to " + MAX_FEN / 100);
        }
        return new Money(yuan * 100);
    }

    /** The amount in yuan, e.g. {@code 80000.00}. */
    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    /** Renders as e.g. {@code CNY 80000.00}. */
    @Override
    public String toString() {
        return "CNY " + toYuan().toPlainString();
    }
}
