package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.Speaker;
import ai.domainassist.medical.model.Utterance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every utterance without a role label a role, with a confidence. Labelled utterances keep
 * their label. Unlabelled ones are scored with the cue weights of {@code rules/role-cues.tsv}:
 * <ul>
 *   <li>diarised utterances (a speaker id such as {@code spk_0} but no role) are decided per
 *       speaker: the speaker whose summed doctor-minus-patient score is highest is the doctor;</li>
 *   <li>plain unlabelled utterances are decided by a two-state hidden Markov model (doctor, patient
 *       side) whose emissions come from the cue scores and whose transitions favour alternation;
 *       the forward-backward posterior is the confidence.</li>
 * </ul>
 * Cues of a relative (孩子, 宝宝, 他) only choose between {@link Speaker#FAMILY} and
 * {@link Speaker#PATIENT} for an utterance on the patient's side: the doctor speaks of the child in the
 * third person as often as a parent does. Only those in the first person (我妈, 我家) also count for the
 * patient's side against the doctor. Immutable and thread-safe.
 */
public final class RoleSeparator {
    private static final double SWITCH = 0.75;

    private record Cue(String words, Speaker role, double weight) {
    }

    /** How much the n-grams' summed log-odds weigh beside the hand-written cues (read on CMDD train). */
    private static final double NGRAM_SCALE = 0.15;

    private final PhraseTrie<Cue> cues = new PhraseTrie<>();
    private final PhraseTrie<NGram> ngrams = new PhraseTrie<>();
    private final Map<String, Double> edges = new HashMap<>();

    /** A learned n-gram's weight; compared by identity, so each counts once per utterance. */
    private static final class NGram {
        final double weight;

        NGram(double weight) {
            this.weight = weight;
        }
    }

    /** Loads the shipped cues. */
    public RoleSeparator() {
        for (DataFile.Row r : DataFile.resource("rules/role-cues.tsv")) {
            Cue c = new Cue(TermMatcher.fold(r.col(0)), Speaker.valueOf(r.col(1)), Double.parseDouble(r.col(2)));
            cues.add(c.words, c);
        }
        cues.freeze();
        java.util.Set<String> added = new java.util.HashSet<>();
        for (DataFile.Row r : DataFile.resource("rules/role-ngrams.tsv")) {
            String g = TermMatcher.fold(r.col(0));
            double w = Double.parseDouble(r.col(1));
            if (g.length() > 2 && (g.startsWith("^") || g.endsWith("$"))) {
                edges.putIfAbsent(g, w);
            } else if (added.add(g)) {
                ngrams.add(g, new NGram(w));
            }
        }
        ngrams.freeze();
    }

    /**
     * The n-gram evidence that an utterance is the doctor's (positive) or the patient's side's (negative): the
     * scaled sum of the weights of {@code rules/role-ngrams.tsv} over its distinct n-grams of 1 to 4 characters,
     * its first two ({@code ^xx}) and its last two ({@code xx$}).
     */
    private double ngramScore(String folded) {
        java.util.Set<NGram> seen = new java.util.HashSet<>();
        int len = folded.length();
        for (int i = 0; i < len; i++) {
            ngrams.forEachFrom(folded, i, Math.min(len, i + 4), (end, phrase, g) -> seen.add(g));
        }
        double x = 0;
        for (NGram g : seen) {
            x += g.weight;
        }
        if (len >= 2) {
            x += edges.getOrDefault("^" + folded.substring(0, 2), 0.0);
            x += edges.getOrDefault(folded.substring(len - 2) + "$", 0.0);
        }
        return x * NGRAM_SCALE;
    }

    /**
     * A role decision.
     *
     * @param speaker the role
     * @param confidence how sure, 0 to 1
     * @param inferred whether it was inferred
     */
    public record Role(Speaker speaker, double confidence, boolean inferred) {
    }

    /**
     * Decides the roles.
     *
     * @param utterances the utterances
     * @return one role per utterance, in order
     */
    public List<Role> separate(List<Utterance> utterances) {
        return separate(utterances, null);
    }

    /**
     * Decides the roles, using lexicon matches as further cues: an examination finding is the
     * doctor's; a symptom stated (not asked) is the patient's.
     *
     * @param utterances the utterances
     * @param terms the lexicon matches of each utterance, or {@code null}
     * @return one role per utterance, in order
     */
    public List<Role> separate(List<Utterance> utterances, List<List<TermMatcher.Match>> terms) {
        int n = utterances.size();
        double[] doctor = new double[n];
        double[] patient = new double[n];
        double[] family = new double[n];
        double[] mine = new double[n];
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            String folded = TermMatcher.fold(utterances.get(i).text());
            texts[i] = folded;
            score(folded, i, doctor, patient, family, mine);
            boolean question = folded.contains("？") || folded.contains("?") || folded.contains("吗") || folded.contains("有没有");
            if (question) {
                family[i] /= 2;
                mine[i] /= 2;
            }
            if (terms != null) {
                boolean symptom = false;
                boolean sign = false;
                for (TermMatcher.Match m : terms.get(i)) {
                    symptom |= m.entry().category() == ai.domainassist.medical.rules.TermLexicon.Category.SYMPTOM;
                    sign |= m.entry().category() == ai.domainassist.medical.rules.TermLexicon.Category.SIGN;
                }
                if (sign) {
                    doctor[i] += 2;
                }
                if (symptom) {
                    if (question) {
                        doctor[i] += 0.5;
                    } else {
                        patient[i] += 1;
                    }
                }
            }
        }
        Role[] out = new Role[n];
        boolean anyUnknown = false;
        for (int i = 0; i < n; i++) {
            Utterance u = utterances.get(i);
            if (u.speaker() != Speaker.UNKNOWN) {
                out[i] = new Role(u.speaker(), u.speakerConfidence(), u.speakerInferred());
            } else {
                anyUnknown = true;
            }
        }
        if (!anyUnknown) {
            return List.of(out);
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                // learned n-grams: evidence for the doctor against the patient's side, added to the cue margin
                mine[i] -= ngramScore(texts[i]);
            }
        }
        Map<String, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Utterance u = utterances.get(i);
            if (out[i] == null && !u.label().isEmpty()) {
                clusters.computeIfAbsent(u.label(), k -> new ArrayList<>()).add(i);
            }
        }
        if (clusters.size() >= 2) {
            byCluster(clusters, doctor, patient, family, mine, out);
        } else if (clusters.size() == 1 && onlyLabelled(out, true)) {
            // 医生：… and 咨询人：…: the one speaker id beside the labelled doctor is the patient's side
            for (int i : clusters.values().iterator().next()) {
                out[i] = new Role(family[i] > patient[i] ? Speaker.FAMILY : Speaker.PATIENT, 0.9, true);
            }
        } else if (clusters.size() == 1 && onlyLabelled(out, false)) {
            // Q：… and A：…, 患者：… and 值班：…: the one speaker id beside the labelled patient's side is the doctor
            for (int i : clusters.values().iterator().next()) {
                out[i] = new Role(Speaker.DOCTOR, 0.9, true);
            }
        }
        if (n == 1 && out[0] == null) {
            // one unlabelled text: no turns to go by. Read as the patient's side (a self-report, or a whole
            // dialogue pasted as one line, whose questions the assertion layer reads as questions), flagged
            out[0] = new Role(family[0] > patient[0] ? Speaker.FAMILY : Speaker.PATIENT, 0.5, true);
            return List.of(out);
        }
        hmm(utterances, doctor, patient, family, mine, out);
        return List.of(out);
    }

    /** Whether some utterances are labelled, all of them doctors ({@code doctors}) or all the patient's side. */
    private static boolean onlyLabelled(Role[] out, boolean doctors) {
        boolean any = false;
        for (Role r : out) {
            if (r != null && !r.inferred()) {
                if (doctors ? r.speaker() != Speaker.DOCTOR : !r.speaker().isPatientSide()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private void score(String s, int i, double[] doctor, double[] patient, double[] family, double[] mine) {
        java.util.Set<Cue> seen = new java.util.HashSet<>();
        List<PhraseTrie.Hit<Cue>> hits = new ArrayList<>();
        cues.all(s, 0, s.length(), hits);
        for (PhraseTrie.Hit<Cue> h : hits) {
            Cue c = h.payload();
            if (!seen.add(c)) {
                continue; // each cue counts once per utterance
            }
            switch (c.role) {
                case DOCTOR -> doctor[i] += c.weight;
                case FAMILY -> {
                    family[i] += c.weight;
                    if (c.words.startsWith("我")) {
                        mine[i] += c.weight; // 我妈, 我家: the speaker's own relative, so the patient's side
                    }
                }
                default -> patient[i] += c.weight;
            }
        }
    }

    private static void byCluster(Map<String, List<Integer>> clusters, double[] doctor, double[] patient,
                                  double[] family, double[] mine, Role[] out) {
        Map<String, Double> margin = new HashMap<>();
        String best = null;
        for (Map.Entry<String, List<Integer>> e : clusters.entrySet()) {
            double m = 0;
            for (int i : e.getValue()) {
                m += doctor[i] - patient[i] - mine[i];
            }
            margin.put(e.getKey(), m);
            if (best == null || m > margin.get(best)) {
                best = e.getKey();
            }
        }
        for (Map.Entry<String, List<Integer>> e : clusters.entrySet()) {
            double fam = 0;
            double pat = 0;
            for (int i : e.getValue()) {
                fam += family[i];
                pat += patient[i];
            }
            boolean isDoctor = e.getKey().equals(best);
            double others = 0;
            for (Map.Entry<String, Double> o : margin.entrySet()) {
                if (!o.getKey().equals(best)) {
                    others = Math.max(others, o.getValue());
                }
            }
            double gap = margin.get(best) - others;
            double conf = 1 / (1 + Math.exp(-gap / 2));
            Speaker role = isDoctor ? Speaker.DOCTOR : fam > pat ? Speaker.FAMILY : Speaker.PATIENT;
            for (int i : e.getValue()) {
                out[i] = new Role(role, round(Math.max(conf, 0.5)), true);
            }
        }
    }

    /** Forward-backward over doctor (0) and patient side (1); known roles are fixed observations. */
    private static void hmm(List<Utterance> utterances, double[] doctor, double[] patient, double[] family,
                            double[] mine, Role[] out) {
        int n = utterances.size();
        double[][] emit = new double[n][2];
        for (int i = 0; i < n; i++) {
            if (out[i] != null) {
                boolean d = out[i].speaker() == Speaker.DOCTOR;
                emit[i][0] = d ? 1 : 1e-6;
                emit[i][1] = d ? 1e-6 : 1;
            } else {
                double x = doctor[i] - patient[i] - mine[i];
                double pd = 1 / (1 + Math.exp(-x));
                emit[i][0] = pd;
                emit[i][1] = 1 - pd;
            }
        }
        double[][] f = new double[n][2];
        double[][] b = new double[n][2];
        f[0][0] = 0.6 * emit[0][0];
        f[0][1] = 0.4 * emit[0][1];
        normalise(f[0]);
        for (int i = 1; i < n; i++) {
            for (int s = 0; s < 2; s++) {
                f[i][s] = emit[i][s] * (f[i - 1][s] * (1 - SWITCH) + f[i - 1][1 - s] * SWITCH);
            }
            normalise(f[i]);
        }
        b[n - 1][0] = 1;
        b[n - 1][1] = 1;
        for (int i = n - 2; i >= 0; i--) {
            for (int s = 0; s < 2; s++) {
                b[i][s] = (1 - SWITCH) * emit[i + 1][s] * b[i + 1][s] + SWITCH * emit[i + 1][1 - s] * b[i + 1][1 - s];
            }
            normalise(b[i]);
        }
        for (int i = 0; i < n; i++) {
            if (out[i] != null) {
                continue;
            }
            double pd = f[i][0] * b[i][0];
            double pp = f[i][1] * b[i][1];
            double post = pd / (pd + pp);
            if (post >= 0.5) {
                out[i] = new Role(Speaker.DOCTOR, round(post), true);
            } else {
                Speaker side = family[i] > patient[i] ? Speaker.FAMILY : Speaker.PATIENT;
                out[i] = new Role(side, round(1 - post), true);
            }
        }
    }

    private static void normalise(double[] v) {
        double s = v[0] + v[1];
        if (s <= 0) {
            v[0] = 0.5;
            v[1] = 0.5;
        } else {
            v[0] /= s;
            v[1] /= s;
        }
    }

    private static double round(double v) {
        return Math.min(1, Math.max(0, Math.round(v * 1000) / 1000.0));
    }
}
