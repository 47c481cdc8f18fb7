package ai.domainassist.examples.medical;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.model.OutpatientRecord;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The review view keeps up with {@link OutpatientRecord}: every grounded list of the record is a component. */
class RecordForReviewTest {

    @Test
    void everyListOfTheRecordIsAComponentOfTheView() {
        Set<String> components = Arrays.stream(RecordForReview.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        List<String> lists = Arrays.stream(OutpatientRecord.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType() == List.class)
                .map(Method::getName)
                .filter(n -> !n.equals("utterances")) // the filtering decisions, not grounded values
                .toList();

        assertThat(lists).hasSizeGreaterThan(10);
        assertThat(components).containsAll(lists);
    }
}
