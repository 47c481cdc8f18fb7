package ai.domainassist.medical.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A measured vital sign: {@code 体温 38.5℃}, {@code 血压 130/85mmHg}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what was measured
 * @param value the value in the record unit: a number, or {@code systolic/diastolic} for blood pressure
 * @param unit the record unit ({@link VitalSignKind#unit()})
 * @param unitSaid the unit as said in the dialogue (度, 公斤, 斤), empty when none was said
 */
public record VitalSign(VitalSignKind kind, String value, String unit, String unitSaid) {
    /**
     * Checks and normalises the components.
     *
     * @param kind what was measured
     * @param value the value in the record unit: a number, or {@code systolic/diastolic} for blood pressure
     * @param unit the record unit ({@link VitalSignKind#unit()})
     * @param unitSaid the unit as said in the dialogue (度, 公斤, 斤), empty when none was said
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the value is not one number (two, separated by {@code /},
     *     for blood pressure)
     */
    public VitalSign {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitSaid, "unitSaid");
        String number = "\\d+(\\.\\d+)?";
        if (!value.matches(kind == VitalSignKind.BLOOD_PRESSURE ? number + "/" + number : number)) {
            throw new IllegalArgumentException("bad " + kind + " value " + value);
        }
    }

    /** @return the numbers of the value: one, or systolic and diastolic */
    public List<BigDecimal> numbers() {
        List<BigDecimal> out = new ArrayList<>(2);
        for (String p : value.split("/")) {
            out.add(new BigDecimal(p));
        }
        return out;
    }

    /** @return the record form, for example {@code 体温38.5℃} */
    public String display() {
        return kind.chinese() + value + unit;
    }
}
