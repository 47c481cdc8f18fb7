package ai.domainassist.gov.testing;

import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.TextSpan;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every {@link TextSpan} an {@link OfficialDocument} holds, found by reflection (its accessors,
 * and the components of the records they return), so that a test checks the span invariant on
 * elements added later too: each span's text is exactly the source's text between its offsets.
 */
public final class Spans {
    private Spans() {
    }

    /** A span found, with the path that led to it. */
    public record Found(String path, TextSpan span) {
    }

    /**
     * @param d a parsed document
     * @return every span it holds
     */
    public static List<Found> all(OfficialDocument d) {
        List<Found> out = new ArrayList<>();
        for (Method m : OfficialDocument.class.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() == OfficialDocument.class) {
                try {
                    collect(m.getName(), m.invoke(d), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    /**
     * @param d a parsed document
     * @return the spans whose text is not the source's text at their offsets (empty when all hold)
     */
    public static List<String> broken(OfficialDocument d) {
        List<String> bad = new ArrayList<>();
        String source = d.text();
        for (Found f : all(d)) {
            TextSpan s = f.span();
            if (s.end() > source.length() || !s.text().equals(source.substring(s.start(), s.end()))) {
                bad.add(f.path() + " [" + s.start() + ", " + s.end() + ") '" + s.text() + "'");
            }
        }
        return bad;
    }

    private static void collect(String path, Object value, List<Found> out) throws ReflectiveOperationException {
        if (value instanceof TextSpan s) {
            out.add(new Found(path, s));
        } else if (value instanceof Optional<?> o && o.isPresent()) {
            collect(path, o.get(), out);
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                collect(path + "[" + i + "]", l.get(i), out);
            }
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                collect(path + "." + c.getName(), c.getAccessor().invoke(r), out);
            }
        }
    }
}
