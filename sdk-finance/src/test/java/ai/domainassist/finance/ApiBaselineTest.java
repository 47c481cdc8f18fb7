package ai.domainassist.finance;

import ai.domainassist.core.testing.ApiDump;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public API of sdk-finance is the one checked in as {@code api/sdk-finance.api}: a change to it fails here
 * until the file is updated in the same commit ({@code -Dapi.update=true}) and listed in CHANGELOG.md.
 */
class ApiBaselineTest {

    @Test
    void thePublicApiIsTheCheckedInOne() throws IOException {
        ApiDump.check(ClaimsAssistant.class, "sdk-finance", Path.of("api", "sdk-finance.api"));
    }
}
