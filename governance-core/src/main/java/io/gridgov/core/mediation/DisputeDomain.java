package io.gridgov.core.mediation;

import io.gridgov.core.ErrorCode;
import io.gridgov.core.InvalidInputException;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a dispute is about: marriage and family, neighbourhood, land, property management, labour,
 * medical care, traffic, consumer, finance, contract, other. Extensible: a host adds its own domains with
 * {@link #of(String)} (e.g. {@code "tourism"}); the constants are the ones the laws and the He Ning
 * transfer platform name, and the ones the default time limits refer to.
 *
 * @param code lower-case letters, digits and hyphens, 1 to 32 characters, starting with a letter
 */
public record DisputeDomain(String code) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /** Marriage and family (婚姻家庭). */
    public static final DisputeDomain MARRIAGE_FAMILY = new DisputeDomain("marriage-family");
    /** Neighbourhood (邻里). */
    public static final DisputeDomain NEIGHBOURHOOD = new DisputeDomain("neighbourhood");
    /** Land and forest rights (土地山林). */
    public static final DisputeDomain LAND = new DisputeDomain("land");
    /** Property management (物业). */
    public static final DisputeDomain PROPERTY_MANAGEMENT = new DisputeDomain("property-management");
    /** Labour (劳动争议): 15 days from the application, then arbitration. */
    public static final DisputeDomain LABOUR = new DisputeDomain("labour");
    /** Medical care (医疗纠纷): 30 working days, appraisal time not counted. */
    public static final DisputeDomain MEDICAL = new DisputeDomain("medical");
    /** Road traffic accidents (道路交通). */
    public static final DisputeDomain TRAFFIC = new DisputeDomain("traffic");
    /** Consumer (消费). */
    public static final DisputeDomain CONSUMER = new DisputeDomain("consumer");
    /** Finance (金融). */
    public static final DisputeDomain FINANCE = new DisputeDomain("finance");
    /** Contract (合同). */
    public static final DisputeDomain CONTRACT = new DisputeDomain("contract");
    /** Anything else (其他). */
    public static final DisputeDomain OTHER = new DisputeDomain("other");

    /** The domains above, in that order. */
    public static final List<DisputeDomain> STANDARD = List.of(MARRIAGE_FAMILY, NEIGHBOURHOOD, LAND,
            PROPERTY_MANAGEMENT, LABOUR, MEDICAL, TRAFFIC, CONSUMER, FINANCE, CONTRACT, OTHER);

    /**
     * Validates the code.
     *
     * @throws InvalidInputException ({@link ErrorCode#INVALID_INPUT}) if it is not 1 to 32 lower-case
     *                               letters, digits and hyphens starting with a letter
     */
    public DisputeDomain {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw InvalidInputException.of(ErrorCode.INVALID_INPUT, "domain", "a domain code of " + code.length()
                    + " characters is not 1 to 32 lower-case letters, digits and hyphens starting with a letter;"
                    + " use e.g. \"medical\" or your own code such as \"tourism\"");
        }
    }

    /** A domain by its code, one of the constants or the host's own. */
    public static DisputeDomain of(String code) {
        return new DisputeDomain(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
