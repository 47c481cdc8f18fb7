package ai.domainassist.examples.medical;

import ai.domainassist.core.Result;
import ai.domainassist.examples.Example;
import ai.domainassist.examples.ExampleContext;
import ai.domainassist.examples.RunAll;
import ai.domainassist.examples.Samples;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.export.RecordText;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.report.OutpatientRecordPage;
import java.util.List;

/**
 * Medical structuring ({@code sdk-medical}): four doctor-patient dialogues of the sample data, in
 * four input forms, turned into draft outpatient records (主诉, 现病史 ... 处理意见) with the
 * points a doctor must check, and a review report each.
 *
 * <p>Stateless and thread-safe.
 */
public final class StructureRecordExample implements Example {
    static final List<String> VISITS = List.of("medical/visit-01-fever-cough.txt", "medical/visit-02-child-diarrhoea.txt",
            "medical/visit-03-dizziness.json", "medical/visit-04-unlabelled.txt");

    @Override
    public String title() {
        return "Outpatient record from a dialogue (sdk-medical MedicalRecordAssistant.structure)";
    }

    @Override
    public void run(ExampleContext context) throws Exception {
        MedicalRecordAssistant.Builder builder = MedicalRecordAssistant.builder();
        context.model().ifPresent(builder::model);
        MedicalRecordAssistant assistant = builder.build();
        for (String visit : VISITS) {
            Transcript transcript = VisitFile.read(Samples.path(visit));
            Result<OutpatientRecord> result = assistant.structure(transcript);
            context.out().println("-- " + visit + " (" + transcript.size() + " utterances)");
            context.out().print(RecordText.write(result).indent(2));
            context.out().println("  mode " + result.mode() + ", " + result.flags().size() + " review flag(s)");
            String name = visit.substring(visit.lastIndexOf('/') + 1, visit.lastIndexOf('.'));
            context.page("medical-" + name + ".html",
                    OutpatientRecordPage.builder(result, transcript).title("门诊病历审核 " + name).build());
        }
    }

    /**
     * Runs this example alone.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        RunAll.runOne(new StructureRecordExample());
    }
}
