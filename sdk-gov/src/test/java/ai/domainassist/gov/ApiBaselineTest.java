package ai.domainassist.gov;

import ai.domainassist.core.testing.ApiDump;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of sdk-gov is the one checked in as {@code api/sdk-gov.api}: a change to it fails here
 * until the file is updated in the same commit ({@code -Dapi.update=true}) and listed in CHANGELOG.md.
 */
class ApiBaselineTest {

    @Test
    void thePublicApiIsTheCheckedInOne() throws IOException {
        ApiDump.check(PolicyAssistant.class, "sdk-gov", Path.of("api", "sdk-gov.api"));
    }
}
