package ai.domainassist.medical.model.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.text.ChineseDates;
import ai.domainassist.core.text.TextDecoding;
import ai.domainassist.core.text.Width;
import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.Speaker;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.TranscriptException;
import ai.domainassist.medical.model.TranscriptException.Reason;
import ai.domainassist.medical.model.Utterance;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads transcripts: labelled lines, unlabelled lines and JSON utterance lists (see
 * {@link Transcript#parse(String)}). Stateless and thread-safe.
 */
public final class TranscriptParser {
    /** The source id of evidence that points into the input's header lines. */
    public static final String HEADER_SOURCE = "input";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Speaker> LABELS = loadLabels();
    /** The table's Chinese labels of two or more characters, longest first, then in code point order. */
    private static final List<String> ROLE_WORDS = LABELS.keySet().stream()
            .filter(l -> l.length() >= 2 && l.charAt(0) >= 0x2E80)
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
            .toList();
    private static final Pattern LABEL_LINE = Pattern.compile("^([^:：\\s]{1,12}|[A-Za-z]+[ _-]?[0-9A-Za-z]{0,3})\\s*[:：]\\s*");
    /** A label with a parenthetical before the colon (患者（女，32岁）：, 医生（儿科）：); the parenthetical is dropped. */
    private static final Pattern PAREN_LABEL = Pattern.compile(
            "^([^:：\\s（(]{1,12})\\s*[（(][^（()）:：\\n]{0,40}[)）]\\s*[:：]\\s*");
    /** A known or diarised label in brackets at the start of a line: 【医生】, [患者]:, 〔spk_0〕. */
    private static final Pattern BRACKET_LABEL = Pattern.compile("^[【\\[〔]\\s*([^\\]】〕\\s:：]{1,12})\\s*[\\]】〕]\\s*[:：]?\\s*");
    /** A word and a space at the start of a line (医生 你好), a label only in a space-labelled transcript. */
    private static final Pattern SPACE_LABEL = Pattern.compile("^([^\\s:：，,。？?！!]{1,8})[ \\t\\u3000]+(?=\\S)");
    /** A label inside a line, after a space, sentence punctuation or a bar: 医生：, 【患者】, spk_1:. */
    private static final Pattern INLINE_LABEL = Pattern.compile(
            "(?:^|(?<=[\\s\\u3000。！？!?；;，,…~）)】\\]|｜]))\\s*(?:([【\\[])\\s*)?([^\\s\\u3000:：。！？!?；;，,【】\\[\\]（）()]{1,12})"
            + "(?:\\s*[】\\]]\\s*[:：]?|\\s*[:：])");
    /** What may stand beside a role word in a label (张医生): not a pronoun, a verb of asking or telling, a digit. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[我你您他她它的问找给跟和对向请说讲告诉0-9]");
    /** A question before a space, inside a one-line unlabelled text: a pasted dialogue. */
    private static final Pattern PASTED_QUESTION = Pattern.compile("([？?]|[吗呢么嘛])[\\s\\u3000]+\\S");
    private static final Pattern PIECE = Pattern.compile("[^\\s\\u3000]+");
    private static final Pattern DIARISED = Pattern.compile(
            "(?i)(说话人|发言人|讲话人|角色|speaker|spk|s)[ _-]?[0-9a-z]{1,3}|[a-c甲乙丙]");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^[\\[(（【]?((?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?)[\\])）】]?\\s*");
    private static final Pattern HEADER = Pattern.compile(
            "(?i)^(科室|科别|就诊科室|门诊科室|department|就诊时间|就诊日期|visit time|date)\\s*[:：]\\s*(\\S.*)$");
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3])\\s*[:：时点]\\s*([0-5]\\d)");

    private TranscriptParser() {
    }

    /**
     * Parses a transcript.
     *
     * @param text the input
     * @param maxChars the length limit
     * @return the transcript
     * @throws TranscriptException on bad input
     */
    public static Transcript parse(String text, int maxChars) {
        if (text.length() > maxChars) {
            throw new TranscriptException(Reason.TOO_LONG, "transcript too long: " + text.length()
                    + " characters, the limit is " + maxChars);
        }
        if (text.isBlank()) {
            throw new TranscriptException(Reason.EMPTY, "transcript is empty");
        }
        checkIsText(text);
        String s = text.strip();
        if (s.charAt(0) == '\uFEFF') {
            s = s.substring(1).strip();
        }
        if (looksLikeJson(s)) {
            return parseJson(s);
        }
        return parseLines(text);
    }

    /** A JSON array of objects or strings, or an object; not a line that starts with a [00:01] timestamp. */
    private static boolean looksLikeJson(String s) {
        if (s.startsWith("{")) {
            return true;
        }
        if (!s.startsWith("[")) {
            return false;
        }
        String rest = s.substring(1).stripLeading();
        return rest.isEmpty() || rest.startsWith("{") || rest.startsWith("\"") || rest.startsWith("]");
    }

    /**
     * Decodes bytes strictly: in the given encoding, or, when it is {@code null}, detected (UTF-8,
     * UTF-16 with byte-order mark, else GB18030; see {@link TextDecoding}). Byte-order mark dropped,
     * line ends as {@code \n}.
     *
     * @param bytes the bytes
     * @param charset the encoding, or {@code null} to detect it
     * @param maxChars the length limit
     * @return the text
     * @throws TranscriptException if not text in that encoding (or any detected one), or too long
     */
    public static String decode(byte[] bytes, Charset charset, int maxChars) {
        if (bytes.length > (long) maxChars * 4) {
            throw new TranscriptException(Reason.TOO_LONG, "transcript too long: " + bytes.length
                    + " bytes, the limit is " + maxChars + " characters");
        }
        try {
            return charset == null ? TextDecoding.decode(bytes).text() : TextDecoding.decode(bytes, charset);
        } catch (IllegalArgumentException e) {
            throw new TranscriptException(Reason.BINARY, "input is not text: " + e.getMessage(), e);
        }
    }

    private static void checkIsText(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new TranscriptException(Reason.BINARY, "input is binary: NUL character at offset " + i);
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD') {
                bad++;
            }
        }
        if (bad > 0 && bad * 100L > text.length()) {
            throw new TranscriptException(Reason.BINARY, "input is binary: " + bad + " control or undecodable characters");
        }
    }

    // ---------------------------------------------------------------- lines

    private static Transcript parseLines(String text) {
        java.util.Set<String> recurring = recurringLabels(text);
        List<Utterance> out = new ArrayList<>();
        Grounded<String> department = null;
        Grounded<String> visitTime = null;
        Speaker lastSpeaker = null;
        String lastLabel = "";
        String pendingLabel = null;
        Speaker pendingSpeaker = Speaker.UNKNOWN;
        boolean spaceLabels = spaceLabelled(text);
        for (int[] span : lineSpans(text)) {
            String line = text.substring(span[0], span[1]);
            int lineStart = span[0];
            int a = 0;
            int b = line.length();
            while (a < b && isSpace(line.charAt(a))) {
                a++;
            }
            while (b > a && isSpace(line.charAt(b - 1))) {
                b--;
            }
            if (a == b) {
                continue;
            }
            String body = line.substring(a, b);
            int bodyStart = lineStart + a;
            if (out.isEmpty()) {
                Matcher h = HEADER.matcher(body);
                if (h.matches()) {
                    String key = h.group(1).toLowerCase(Locale.ROOT);
                    String value = h.group(2).strip();
                    Evidence ev = Evidence.of(HEADER_SOURCE, text, bodyStart + h.start(2), bodyStart + h.start(2) + value.length());
                    if (key.contains("科") || key.equals("department")) {
                        department = new Grounded<>(value, List.of(ev), Origin.INPUT, 1.0);
                    } else {
                        visitTime = new Grounded<>(normaliseTime(value), List.of(ev), Origin.INPUT, 1.0);
                    }
                    continue;
                }
            }
            Duration start = null;
            Matcher t = TIMESTAMP.matcher(body);
            if (t.find() && t.end() < body.length()) {
                start = parseClock(t.group(1));
                bodyStart += t.end();
                body = body.substring(t.end());
            }
            String label = "";
            Speaker speaker = Speaker.UNKNOWN;
            boolean labelled = false;
            Matcher m = labelAtStart(body, spaceLabels);
            if (m != null) {
                String candidate = m.group(1).strip();
                Speaker known = knownRole(candidate);
                if (known != null) {
                    speaker = known;
                    labelled = true;
                } else if (DIARISED.matcher(Width.toHalf(candidate)).matches() || recurring.contains(candidate)) {
                    labelled = true;
                }
                if (labelled) {
                    label = candidate;
                    bodyStart += m.end();
                    body = body.substring(m.end());
                }
            }
            if (body.isBlank()) {
                if (labelled) {
                    // a label on its own line (病人：⏎孩子咳嗽两天): it names the speaker of the next line
                    pendingLabel = label;
                    pendingSpeaker = speaker;
                }
                continue;
            }
            if (!labelled && pendingLabel != null) {
                labelled = true;
                label = pendingLabel;
                speaker = pendingSpeaker;
            }
            pendingLabel = null;
            if (labelled) {
                out.add(new Utterance(out.size(), label, speaker, speaker == Speaker.UNKNOWN ? 0 : 1, false, body,
                        bodyStart, start, null));
                lastSpeaker = speaker;
                lastLabel = label;
            } else if (lastSpeaker != null && lastSpeaker != Speaker.UNKNOWN) {
                // a wrapped line in a labelled transcript: same speaker as the line before
                out.add(new Utterance(out.size(), lastLabel, lastSpeaker, 0.8, true, body, bodyStart, start, null));
            } else {
                out.add(new Utterance(out.size(), lastSpeaker == null ? "" : lastLabel, Speaker.UNKNOWN, 0, false,
                        body, bodyStart, start, null));
            }
        }
        if (out.isEmpty()) {
            throw new TranscriptException(Reason.NO_UTTERANCES, "transcript has no utterances, only headers or blank lines");
        }
        if (out.size() == 1 && out.get(0).speaker() == Speaker.UNKNOWN && out.get(0).label().isEmpty()) {
            out = splitPastedDialogue(out.get(0));
        }
        return new Transcript(out, department, visitTime);
    }

    /**
     * Labels the table does not know (访客, 来宾) that begin at least 3 lines of a transcript in which some other
     * label also begins lines, or 2 lines for a Chinese word of 2 to 4 characters beside a label the table knows:
     * speaker ids whose role is inferred. Not ones with digits (体温：38.5) nor a quoting verb at the end (医生说：).
     */
    private static java.util.Set<String> recurringLabels(String text) {
        Map<String, Integer> count = new HashMap<>();
        boolean otherLabel = false;
        for (String line : text.split("\n")) {
            String body = line.strip();
            Matcher t = TIMESTAMP.matcher(body);
            if (t.find() && t.end() < body.length()) {
                body = body.substring(t.end());
            }
            Matcher m = labelAtStart(body, false);
            if (m == null) {
                continue;
            }
            String c = m.group(1).strip();
            if (knownRole(c) != null || DIARISED.matcher(Width.toHalf(c)).matches()) {
                otherLabel = true;
            } else if (c.length() <= 8 && !c.matches(".*[0-9０-９].*") && !c.matches(".*[说讲问道]")) {
                count.merge(c, 1, Integer::sum);
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        boolean labelled = otherLabel;
        count.forEach((k, v) -> {
            // twice is enough for a short Chinese word beside known labels (访客：… twice, round 9)
            if (v >= 3 || (v == 2 && labelled && k.codePoints().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF) && k.length() <= 4)) {
                out.add(k);
            }
        });
        return out.size() >= 2 || (otherLabel && !out.isEmpty()) ? out : java.util.Set.of();
    }

    /**
     * The speaker label at the start of a line, or {@code null}: a word before a colon (医生：, spk_0:), a known
     * label with a parenthetical ({@code 患者（女，32岁）：}), a known or diarised label in brackets ({@code 【医生】},
     * {@code [患者]:}) or, in a transcript whose labels are followed by a space ({@link #spaceLabelled}), a known
     * label and a space ({@code 医生 你好}). Group 1 is the label.
     */
    private static Matcher labelAtStart(String body, boolean spaceLabels) {
        Matcher m = parenLabel(body);
        if (m != null) {
            return m;
        }
        m = BRACKET_LABEL.matcher(body);
        if (m.find() && isLabelWord(m.group(1).strip())) {
            return m;
        }
        m = LABEL_LINE.matcher(body);
        if (m.find()) {
            return m;
        }
        if (spaceLabels) {
            m = SPACE_LABEL.matcher(body);
            if (m.find() && LABELS.containsKey(Width.toHalf(m.group(1)).toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }

    /** A known label, a name or title holding one (张医生), or a diarisation id. */
    private static boolean isLabelWord(String candidate) {
        return knownRole(candidate) != null || DIARISED.matcher(Width.toHalf(candidate)).matches();
    }

    /**
     * The role a label names: one of the table's labels, or a name or title holding one of its Chinese labels
     * at its start or end (张医生, 李主任, 主任医师张三, 孩子妈妈, 患者本人), the rest at most 4 characters with no
     * pronoun, verb of asking or telling, or digit (我问医生, 医生你好 and 体温2 are not labels); {@code null} if none.
     */
    static Speaker knownRole(String candidate) {
        String key = Width.toHalf(candidate).toLowerCase(Locale.ROOT);
        Speaker s = LABELS.get(key);
        if (s != null || key.length() > 10) {
            return s;
        }
        for (boolean atStart : new boolean[] {true, false}) {
            for (String label : ROLE_WORDS) {
                String rest = atStart ? (key.startsWith(label) ? key.substring(label.length()) : null)
                        : (key.endsWith(label) ? key.substring(0, key.length() - label.length()) : null);
                if (rest != null && rest.length() <= 4 && !NOT_A_NAME.matcher(rest).find()) {
                    return LABELS.get(label);
                }
            }
        }
        return null;
    }

    /**
     * The line's spans, split further at speaker labels written inside it when labels of two speakers are
     * (医生：你好 患者：孩子咳嗽 医生：几天了, a dialogue pasted into one cell): each label starts a span.
     */
    private static List<int[]> lineSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            splitAtInlineLabels(text, pos, end, out);
            if (nl < 0) {
                break;
            }
            pos = end + 1;
        }
        return out;
    }

    private static void splitAtInlineLabels(String text, int from, int to, List<int[]> out) {
        List<Integer> starts = new ArrayList<>();
        java.util.Set<String> speakers = new java.util.HashSet<>();
        Matcher m = INLINE_LABEL.matcher(text).region(from, to);
        m.useTransparentBounds(false).useAnchoringBounds(true);
        while (m.find()) {
            String word = m.group(2).strip();
            if (word.length() < 2 && word.charAt(0) < 0x2E80) {
                continue; // a single Latin letter before a colon (维生素 D: …) is too weak to split at
            }
            Speaker role = knownRole(word);
            if (role == null && !DIARISED.matcher(Width.toHalf(word)).matches()) {
                continue;
            }
            speakers.add(role == null ? Width.toHalf(word).toLowerCase(Locale.ROOT) : role.isPatientSide() ? "patient" : role.name());
            starts.add(m.start(1) >= 0 ? m.start(1) : m.start(2));
        }
        if (speakers.size() < 2) {
            out.add(new int[] {from, to});
            return;
        }
        int a = from;
        for (int st : starts) {
            if (st > a) {
                int e = st;
                while (e > a && (text.charAt(e - 1) == '|' || text.charAt(e - 1) == '｜')) {
                    e--; // a cell separator (医生：你好|患者：…) is not the speaker's word
                }
                out.add(new int[] {a, e});
                a = st;
            }
        }
        out.add(new int[] {a, to});
    }

    /**
     * Whether the transcript's speakers are labelled by a known label and a space (医生 你好⏎患者 孩子咳嗽): at
     * least two lines, half of the non-empty ones or more, begin so, with labels of both the doctor and the
     * patient's side. A single {@code 医生 我头疼} is a patient addressing the doctor, not a label.
     */
    private static boolean spaceLabelled(String text) {
        int lines = 0;
        int labelled = 0;
        boolean doctor = false;
        boolean patient = false;
        for (String line : text.split("\n")) {
            String body = line.strip();
            if (body.isEmpty()) {
                continue;
            }
            lines++;
            Matcher t = TIMESTAMP.matcher(body);
            if (t.find() && t.end() < body.length()) {
                body = body.substring(t.end());
            }
            Matcher m = SPACE_LABEL.matcher(body);
            if (!m.find()) {
                continue;
            }
            Speaker s = LABELS.get(Width.toHalf(m.group(1)).toLowerCase(Locale.ROOT));
            if (s != null) {
                labelled++;
                doctor |= s == Speaker.DOCTOR;
                patient |= s.isPatientSide();
            }
        }
        return labelled >= 2 && labelled * 2 >= lines && doctor && patient;
    }

    /**
     * A whole unlabelled dialogue on one line (a CSV cell, a copied web page) whose pieces are separated by
     * spaces, and which asks something before a space (有没有发烧？ 没有, 几天了吗 …): split at the spaces into
     * utterances whose roles are then inferred. Without such a question the text stays one utterance, a
     * self-report whose spaces separate complaints (咳嗽 没有发烧 有痰).
     */
    private static List<Utterance> splitPastedDialogue(Utterance u) {
        String text = u.text();
        if (!PASTED_QUESTION.matcher(text).find()) {
            return List.of(u);
        }
        List<Utterance> out = new ArrayList<>();
        Matcher piece = PIECE.matcher(text);
        while (piece.find()) {
            out.add(new Utterance(out.size(), "", Speaker.UNKNOWN, 0, false, piece.group(),
                    u.inputOffset() < 0 ? -1 : u.inputOffset() + piece.start(), piece.start() == 0 ? u.start().orElse(null) : null,
                    null));
        }
        return out;
    }

    /** A known label followed by a parenthetical and a colon at the start of the body, or {@code null}. */
    private static Matcher parenLabel(String body) {
        Matcher p = PAREN_LABEL.matcher(body);
        return p.find() && LABELS.containsKey(Width.toHalf(p.group(1).strip()).toLowerCase(Locale.ROOT)) ? p : null;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    // ---------------------------------------------------------------- JSON

    private static Transcript parseJson(String s) {
        JsonNode root;
        try {
            root = JSON.readTree(s);
        } catch (JsonProcessingException e) {
            // Jackson's own limits (nesting depth, number and string length) fail without a location
            JsonLocation at = e.getLocation();
            throw new TranscriptException(Reason.MALFORMED_JSON, at == null
                    ? "transcript JSON exceeds the parser's limits (" + e.getClass().getSimpleName() + ")"
                    : "transcript JSON is malformed at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        JsonNode items = root;
        Grounded<String> department = null;
        Grounded<String> visitTime = null;
        if (root.isObject()) {
            items = first(root, "utterances", "dialogue", "dialog", "turns", "conversation", "messages");
            if (items == null || !items.isArray()) {
                throw new TranscriptException(Reason.MALFORMED_JSON,
                        "transcript JSON object has no \"utterances\" array");
            }
            JsonNode d = first(root, "department", "dept", "科室", "科别");
            if (d != null && d.isTextual() && !d.asText().isBlank()) {
                department = new Grounded<>(d.asText().strip(), List.of(), Origin.INPUT, 1.0);
            }
            JsonNode v = first(root, "visitTime", "visit_time", "就诊时间", "date");
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                visitTime = new Grounded<>(normaliseTime(v.asText().strip()), List.of(), Origin.INPUT, 1.0);
            }
        }
        if (!items.isArray()) {
            throw new TranscriptException(Reason.MALFORMED_JSON, "transcript JSON is neither an array nor an object");
        }
        List<Utterance> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String text;
            JsonNode spk = null;
            Duration start = null;
            Duration end = null;
            if (item.isTextual()) {
                text = item.asText();
            } else if (item.isObject()) {
                JsonNode t = first(item, "text", "content", "utterance", "sentence", "transcript", "onebest");
                if (t == null || !t.isTextual()) {
                    throw new TranscriptException(Reason.MALFORMED_JSON, "utterance " + (i + 1) + " has no text");
                }
                text = t.asText();
                spk = first(item, "speaker", "role", "spk", "speaker_id", "speakerId", "role_id", "roleId", "spk_id",
                        "speaker_name", "speakerName", "speaker_role", "speakerRole", "sender", "from", "说话人", "角色", "channel");
                start = time(first(item, "start", "begin", "start_time", "startTime", "timestamp", "time"), i);
                end = time(first(item, "end", "end_time", "endTime"), i);
            } else {
                throw new TranscriptException(Reason.MALFORMED_JSON, "utterance " + (i + 1) + " is not an object");
            }
            text = text.strip();
            if (text.isEmpty()) {
                continue; // a silent segment from speech recognition
            }
            String label = spk == null || spk.isNull() ? "" : spk.asText().strip();
            Speaker role = label.isEmpty() ? null : knownRole(label);
            if (role == null) {
                out.add(new Utterance(out.size(), label, Speaker.UNKNOWN, 0, false, text, -1, start, end));
            } else {
                out.add(new Utterance(out.size(), label, role, 1, false, text, -1, start, end));
            }
        }
        if (out.isEmpty()) {
            throw new TranscriptException(Reason.NO_UTTERANCES, "transcript JSON has no utterance with text");
        }
        return new Transcript(out, department, visitTime);
    }

    /** The first of the named fields that is present and not null; names match ignoring letter case (Sentence, TEXT). */
    private static JsonNode first(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        for (String n : names) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().strip().equalsIgnoreCase(n) && !f.getValue().isNull()) {
                    return f.getValue();
                }
            }
        }
        return null;
    }

    private static Duration time(JsonNode n, int item) {
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            double v = n.asDouble();
            if (v < 0) {
                throw new TranscriptException(Reason.MALFORMED_JSON, "utterance " + (item + 1) + " has a negative time");
            }
            // seconds; a value above ten hours can only be milliseconds
            long millis = v > 36_000 ? Math.round(v) : Math.round(v * 1000);
            return Duration.ofMillis(millis);
        }
        if (n.isTextual()) {
            String s = n.asText().strip();
            Duration d = parseClock(s);
            if (d != null) {
                return d;
            }
            if (s.matches("\\d+(\\.\\d+)?s?")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(s.replace("s", "")) * 1000));
            }
        }
        throw new TranscriptException(Reason.MALFORMED_JSON, "utterance " + (item + 1) + " has an unreadable time");
    }

    private static Duration parseClock(String s) {
        if (!s.matches("(\\d{1,2}:)?\\d{1,2}:\\d{2}([.,]\\d{1,3})?")) {
            return null;
        }
        String[] parts = s.replace(',', '.').split(":");
        double seconds = 0;
        for (String p : parts) {
            seconds = seconds * 60 + Double.parseDouble(p);
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /**
     * Normalises a visit time to {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm}; text that holds no
     * date is kept as given.
     *
     * @param value the header value
     * @return the normalised time
     */
    static String normaliseTime(String value) {
        List<ChineseDates.Found> dates = ChineseDates.findAll(value);
        if (dates.isEmpty()) {
            return value;
        }
        ChineseDates.Found d = dates.get(0);
        String out = d.date().toString();
        Matcher c = CLOCK.matcher(value);
        if (c.find(d.end())) {
            out += String.format(" %02d:%s", Integer.parseInt(c.group(1)), c.group(2));
        }
        return out;
    }

    private static Map<String, Speaker> loadLabels() {
        Map<String, Speaker> m = new HashMap<>();
        for (DataFile.Row r : DataFile.resource("model/speaker-labels.tsv")) {
            m.put(r.col(0).toLowerCase(Locale.ROOT), Speaker.valueOf(r.col(1)));
        }
        return Map.copyOf(m);
    }
}
