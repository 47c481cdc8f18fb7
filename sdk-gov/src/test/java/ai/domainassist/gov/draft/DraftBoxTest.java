package ai.domainassist.gov.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.gov.model.DraftDiff;
import ai.domainassist.gov.model.DraftVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftBoxTest {
    private final Clock clock = Clock.fixed(Instant.parse("2024-03-04T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void versionsAndDiffsSurviveReopening(@TempDir Path dir) {
        DraftBox box = DraftBox.open(dir, clock);
        DraftVersion v1 = box.create("关于停车管理的通知", "一、统一设置泊位\n二、实行电子收费\n", "王芳", "初稿");
        DraftVersion v2 = box.save(v1.draftId(), "关于停车管理的通知", "一、统一设置泊位\n二、实行电子收费，每小时10元\n三、加强执法\n",
                "李明", "补充收费标准");
        assertThat(v1.draftId()).isEqualTo("draft-0001");
        assertThat(v2.number()).isEqualTo(2);

        DraftBox reopened = DraftBox.open(dir, clock);
        assertThat(reopened.ids()).containsExactly("draft-0001");
        assertThat(reopened.versions("draft-0001")).extracting(DraftVersion::author, DraftVersion::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("王芳", "初稿"),
                        org.assertj.core.groups.Tuple.tuple("李明", "补充收费标准"));
        assertThat(reopened.versions("draft-0001").get(0).savedAt()).isEqualTo(clock.instant());
        assertThat(reopened.text("draft-0001", 1)).isEqualTo("一、统一设置泊位\n二、实行电子收费\n");
        DraftDiff diff = reopened.diff("draft-0001", 1, 2);
        assertThat(diff.changed()).isTrue();
        assertThat(diff.unified()).contains("-二、实行电子收费\n").contains("+二、实行电子收费，每小时10元\n").contains("+三、加强执法\n")
                .doesNotContain("一、统一设置泊位");
        assertThat(reopened.create("另一稿", "x", "王芳", "").draftId()).isEqualTo("draft-0002");
    }

    @Test
    void unknownDraftsAndVersionsAreTypedErrors(@TempDir Path dir) {
        DraftBox box = DraftBox.open(dir, clock);
        assertThatThrownBy(() -> box.versions("draft-0009")).isInstanceOf(DraftNotFoundException.class);
        String id = box.create("t", "x", "a", "").draftId();
        assertThatThrownBy(() -> box.text(id, 5)).isInstanceOf(DraftNotFoundException.class);
        assertThatThrownBy(() -> box.text("../etc", 1)).isInstanceOf(DraftNotFoundException.class);
    }
}
