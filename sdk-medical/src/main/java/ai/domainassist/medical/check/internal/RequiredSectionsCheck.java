package ai.domainassist.medical.check.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.medical.check.RecordCheck;
import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Transcript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Flags required sections that are absent or blank ({@code check/required-sections.tsv}). Thread-safe. */
public final class RequiredSectionsCheck implements RecordCheck {
    private final Map<Section, Severity> required = new EnumMap<>(Section.class);

    /** Loads the shipped table. */
    public RequiredSectionsCheck() {
        for (DataFile.Row r : DataFile.resource("check/required-sections.tsv")) {
            required.put(Section.valueOf(r.col(0)), Severity.valueOf(r.col(1)));
        }
    }

    @Override
    public List<ReviewFlag> check(OutpatientRecord record, Transcript transcript) {
        List<ReviewFlag> out = new ArrayList<>();
        for (Map.Entry<Section, Severity> e : required.entrySet()) {
            boolean present = record.section(e.getKey()).map(g -> !g.value().isBlank()).orElse(false);
            if (!present) {
                out.add(new ReviewFlag(ReviewFlag.Kind.MISSING, e.getValue(), e.getKey().key(),
                        e.getKey().title() + "：对话中未找到相应内容，请医生补充", List.of()));
            }
        }
        return out;
    }
}
