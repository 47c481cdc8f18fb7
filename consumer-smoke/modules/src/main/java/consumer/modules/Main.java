package consumer.modules;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.Result;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.report.OutpatientRecordPage;
import ai.domainassist.testkit.FakeOpenAiServer;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Runs on the module path what README's programs do not reach: the model path (Jackson building the SDK's
 * own records from a model's JSON, through the test kit's fake server), a review page (sdk-core reading
 * sdk-medical's labels and style sheet), and the encapsulation at run time (internal packages neither
 * exported nor open, so reflection is refused).
 */
public final class Main {
    private static final String VISIT = String.join("\n",
            "医生：你好，哪里不舒服？",
            "患者：我咳嗽三天了，嗓子也疼。",
            "医生：考虑是急性上呼吸道感染，多喝水。");
    private static final String ANSWER = "{\"sections\":[{\"section\":\"CHIEF_COMPLAINT\",\"text\":\"咳嗽、咽痛3天\","
            + "\"quotes\":[\"我咳嗽三天了，嗓子也疼\"]}],\"symptoms\":[],\"diagnoses\":[]}";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        for (Class<?> api : List.of(ModelClient.class, MedicalRecordAssistant.class,
                ai.domainassist.finance.ClaimsAssistant.class, ai.domainassist.gov.PolicyAssistant.class,
                ai.domainassist.retrieval.DocumentLibrary.class, FakeOpenAiServer.class)) {
            Module m = api.getModule();
            check(m.isNamed() && m.getDescriptor() != null && !m.getDescriptor().isAutomatic(),
                    api.getSimpleName() + " is in an explicit named module, was " + m);
        }
        Module core = ModelClient.class.getModule();
        check(core.getName().equals("ai.domainassist.core"), "sdk-core's module name, was " + core.getName());

        Result<OutpatientRecord> offline = MedicalRecordAssistant.builder().build().structure(Transcript.parse(VISIT));
        check(offline.mode() == Mode.OFFLINE, "offline mode, was " + offline.mode());
        String page = OutpatientRecordPage.builder(offline, Transcript.parse(VISIT)).build().html();
        check(page.contains("主诉"), "the review page has its Chinese labels (read by sdk-core from sdk-medical)");

        Mode withModel;
        try (FakeOpenAiServer server = FakeOpenAiServer.start();
             ModelClient model = ModelClient.builder()
                     .provider(Providers.openAiCompatible(server.baseUrl(), "sk-modules")).defaultModel("m").build()) {
            server.enqueueChat(ANSWER, Usage.of(200, 40));
            Result<OutpatientRecord> hybrid = MedicalRecordAssistant.builder().model(model).build()
                    .structure(Transcript.parse(VISIT));
            withModel = hybrid.mode();
            check(hybrid.mode() == Mode.HYBRID, "the model path ran (hybrid), was " + hybrid.mode()
                    + " with flags " + hybrid.flags());
        }

        Module me = Main.class.getModule();
        for (String pkg : List.of("ai.domainassist.core.internal", "ai.domainassist.core.resilience.internal",
                "ai.domainassist.core.provider.internal.http", "ai.domainassist.medical.internal")) {
            Module owner = pkg.startsWith("ai.domainassist.medical") ? MedicalRecordAssistant.class.getModule() : core;
            check(owner.getPackages().contains(pkg), pkg + " is a package of " + owner.getName());
            check(!owner.isExported(pkg, me) && !owner.isOpen(pkg, me), pkg + " is neither exported nor open to this module");
        }
        Class<?> retrying = Class.forName("ai.domainassist.core.resilience.internal.RetryingProvider");
        try {
            retrying.getMethod("wrap", Class.forName("ai.domainassist.core.provider.ModelProvider"),
                    Class.forName("ai.domainassist.core.resilience.RetryPolicy")).invoke(null, null, null);
            throw new AssertionError("reflection reached " + retrying.getName());
        } catch (IllegalAccessException expected) {
            System.out.println("refused at run time: " + expected.getMessage());
        } catch (InvocationTargetException e) {
            throw new AssertionError("reflection reached " + retrying.getName(), e);
        }
        System.out.println("module path consumer: explicit modules; offline " + offline.mode() + ", with a model "
                + withModel + "; review page rendered; internals closed");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("module path consumer: " + what);
        }
    }
}
