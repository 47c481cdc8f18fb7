package ai.domainassist.medical.model;

/** The vital signs and body measures a record carries, with their Chinese names and record units. */
public enum VitalSignKind {
    /** 体温, in ℃. */
    TEMPERATURE("体温", "℃"),
    /** 脉搏, in 次/分. */
    PULSE("脉搏", "次/分"),
    /** 心率, in 次/分. */
    HEART_RATE("心率", "次/分"),
    /** 呼吸, in 次/分. */
    RESPIRATION("呼吸", "次/分"),
    /** 血压, systolic/diastolic in mmHg. */
    BLOOD_PRESSURE("血压", "mmHg"),
    /** 血氧饱和度, in %. */
    OXYGEN_SATURATION("血氧饱和度", "%"),
    /** 血糖, in mmol/L. */
    BLOOD_GLUCOSE("血糖", "mmol/L"),
    /** 体重, in kg. */
    WEIGHT("体重", "kg"),
    /** 身高, in cm. */
    HEIGHT("身高", "cm");

    private final String chinese;
    private final String unit;

    VitalSignKind(String chinese, String unit) {
        this.chinese = chinese;
        this.unit = unit;
    }

    /** @return the Chinese name */
    public String chinese() {
        return chinese;
    }

    /** @return the unit the record writes */
    public String unit() {
        return unit;
    }
}
