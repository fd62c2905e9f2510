package io.gridgov.spi.json;

import io.gridgov.core.cases.CaseId;
import io.gridgov.core.cases.Location;
import io.gridgov.core.cases.Reporter;
import io.gridgov.core.lifecycle.Actor;
import io.gridgov.core.lifecycle.CommandId;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.DisputeId;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.personal.FreeText;
import io.gridgov.core.personal.IdNumber;
import io.gridgov.core.personal.PersonName;
import io.gridgov.core.personal.PhoneNumber;
import io.gridgov.core.time.Countdown;
import io.gridgov.core.time.TimeLimit;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One sample of every record of a sealed hierarchy (every event, every command), built from the record's
 * components with plausible fixed values, so that the golden files hold every type whether or not a
 * lifecycle walk produces it. Deterministic: enum components cycle through their constants.
 */
final class SampleValues {
    private int counter;

    /** One sample per permitted record of {@code root}, in declaration order. */
    static List<Object> everyRecordOf(Class<?> root) {
        SampleValues s = new SampleValues();
        List<Object> out = new ArrayList<>();
        for (Class<?> c : root.getPermittedSubclasses()) {
            out.add(s.value(c, "record"));
        }
        return out;
    }

    private Object value(Type type, String name) {
        if (type instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            if (p.getRawType() == List.class) {
                return List.of(value(element, name));
            }
            if (p.getRawType() == Set.class) {
                return Set.of(value(element, name));
            }
            throw new IllegalArgumentException("no sample of " + type);
        }
        Class<?> c = (Class<?>) type;
        counter++;
        if (c == String.class) {
            return name.toLowerCase().contains("area") ? JsonWorld.DINGCHENG : "x-" + name;
        }
        if (c == boolean.class) {
            return counter % 2 == 0;
        }
        if (c == int.class) {
            return 1 + counter % 3;
        }
        if (c == long.class) {
            return (long) (2 + counter % 5);
        }
        if (c == Instant.class) {
            return JsonWorld.hours(counter);
        }
        if (c == Duration.class) {
            return Duration.ofHours(counter);
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2025, 4, 30);
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[counter % constants.length];
        }
        if (c == FreeText.class) {
            return FreeText.of("说明 " + name + "，联系13912345678");
        }
        if (c == PersonName.class) {
            return PersonName.of("王五");
        }
        if (c == PhoneNumber.class) {
            return PhoneNumber.parse("13912345678");
        }
        if (c == IdNumber.class) {
            return IdNumber.parse("43070319900101123X");
        }
        if (c == CaseId.class) {
            return CaseId.of("case-" + counter);
        }
        if (c == DisputeId.class) {
            return DisputeId.of("d-" + counter);
        }
        if (c == CommandId.class) {
            return CommandId.of("cmd-" + counter);
        }
        if (c == DisputeDomain.class) {
            return DisputeDomain.MEDICAL;
        }
        if (c == Actor.class) {
            return JsonWorld.DISPATCHER;
        }
        if (c == TimeLimit.class) {
            return TimeLimit.workingDays(5);
        }
        if (c == Money.class) {
            return Money.yuan(1_000 + counter);
        }
        if (c == Location.class) {
            return Location.inArea(JsonWorld.GRID);
        }
        if (c == Reporter.class) {
            return Reporter.person("r-1");
        }
        if (c == Countdown.class) {
            return Countdown.start(TimeLimit.workingDays(5), JsonWorld.T0, JsonWorld.CALENDAR);
        }
        if (c.isRecord()) {
            RecordComponent[] rc = c.getRecordComponents();
            Object[] args = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                args[i] = value(rc[i].getGenericType(), rc[i].getName());
            }
            try {
                Constructor<?> k = c.getDeclaredConstructor(Arrays.stream(rc).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
                return k.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build a sample " + c.getSimpleName(), e);
            }
        }
        throw new IllegalArgumentException("no sample of " + c);
    }
}
