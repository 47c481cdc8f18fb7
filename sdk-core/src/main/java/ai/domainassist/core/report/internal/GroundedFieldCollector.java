package ai.domainassist.core.report.internal;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.report.GroundedField;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every {@link Grounded} inside a value by walking it: record components, bean getters
 * ({@code getX()}, {@code isX()}), lists and other iterables, arrays, maps and {@code Optional}s,
 * and the values of grounded values themselves (a grounded medication may hold grounded doses).
 *
 * <p>JDK types (strings, numbers, dates, paths: everything from the {@code java.*} and {@code jdk.*}
 * modules) other than collections, maps and optionals are leaves, and so is every enum. Cycles are cut; a part that cannot be read (a getter that throws, a
 * class the module system hides) is not skipped silently but reported in
 * {@link Collected#unreadable()}. Stateless and thread-safe.
 */
public final class GroundedFieldCollector {
    /** Deeper than this, a value is reported as unreadable rather than walked. */
    static final int MAX_DEPTH = 64;

    private GroundedFieldCollector() {
    }

    /**
     * What a walk found.
     *
     * @param fields the grounded values, in walk order (record components in declaration order,
     *     bean properties by name, collections in iteration order)
     * @param unreadable one line per part that could not be read: its path and why
     */
    public record Collected(List<GroundedField> fields, List<String> unreadable) {
        /** Copies the lists. */
        public Collected {
            fields = List.copyOf(fields);
            unreadable = List.copyOf(unreadable);
        }
    }

    /**
     * Walks a value.
     *
     * @param root the value; {@code null} yields nothing
     * @return the grounded values found and the parts that could not be read
     */
    public static Collected collect(Object root) {
        Walk walk = new Walk();
        walk.visit(root, "", 0);
        return new Collected(walk.fields, walk.unreadable);
    }

    private static final class Walk {
        final List<GroundedField> fields = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();
        final Set<Object> onPath = Collections.newSetFromMap(new IdentityHashMap<>());

        void visit(Object node, String path, int depth) {
            if (node == null) {
                return;
            }
            if (node instanceof Optional<?> optional) {
                optional.ifPresent(v -> visit(v, path, depth));
                return;
            }
            if (node instanceof Grounded<?> grounded) {
                fields.add(new GroundedField(path, grounded));
                visit(grounded.value(), path, depth + 1);
                return;
            }
            Class<?> type = node.getClass();
            // JDK types are leaves, except its collections (a java.nio.file.Path is Iterable, but of Paths)
            boolean container = node instanceof Collection<?> || node instanceof Map<?, ?> || type.isArray();
            if (!container && isLeaf(type)) {
                return;
            }
            if (depth >= MAX_DEPTH) {
                unreadable.add(label(path) + ": nested deeper than " + MAX_DEPTH + " levels");
                return;
            }
            if (!onPath.add(node)) {
                return; // a cycle: this object is already being walked above us
            }
            try {
                if (node instanceof Map<?, ?> map) {
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        visit(e.getValue(), path + "[" + e.getKey() + "]", depth + 1);
                    }
                } else if (node instanceof Iterable<?> iterable) {
                    int i = 0;
                    for (Object element : iterable) {
                        visit(element, path + "[" + i++ + "]", depth + 1);
                    }
                } else if (type.isArray()) {
                    if (!type.getComponentType().isPrimitive()) {
                        for (int i = 0, n = Array.getLength(node); i < n; i++) {
                            visit(Array.get(node, i), path + "[" + i + "]", depth + 1);
                        }
                    }
                } else if (type.isRecord()) {
                    for (RecordComponent rc : type.getRecordComponents()) {
                        read(node, rc.getAccessor(), child(path, rc.getName()), depth);
                    }
                } else {
                    for (Method getter : getters(type)) {
                        read(node, getter, child(path, propertyName(getter)), depth);
                    }
                }
            } finally {
                onPath.remove(node);
            }
        }

        private void read(Object owner, Method accessor, String path, int depth) {
            Object value;
            try {
                if (!accessor.canAccess(owner)) {
                    accessor.setAccessible(true); // a record or bean class that is not public
                }
                value = accessor.invoke(owner);
            } catch (InvocationTargetException e) {
                unreadable.add(label(path) + ": " + accessor.getName() + "() threw "
                        + e.getCause().getClass().getSimpleName());
                return;
            } catch (IllegalAccessException | RuntimeException e) {
                unreadable.add(label(path) + ": cannot read " + accessor.getName() + "() ("
                        + e.getClass().getSimpleName() + ")");
                return;
            }
            visit(value, path, depth + 1);
        }
    }

    static boolean isLeaf(Class<?> type) {
        if (type.isPrimitive() || type.isEnum() || Enum.class.isAssignableFrom(type)) {
            return true;
        }
        // JDK classes, also implementation classes outside java.* such as sun.nio.fs.UnixPath
        Module module = type.getModule();
        String name = module.isNamed() ? module.getName() : type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.");
    }

    private static List<Method> getters(Class<?> type) {
        List<Method> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
                    || m.getReturnType() == void.class || isLeaf(m.getDeclaringClass())) {
                continue;
            }
            String n = m.getName();
            boolean get = n.length() > 3 && n.startsWith("get") && Character.isUpperCase(n.charAt(3));
            boolean is = n.length() > 2 && n.startsWith("is") && Character.isUpperCase(n.charAt(2))
                    && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class);
            if (get || is) {
                out.add(m);
            }
        }
        if (out.isEmpty()) {
            out.addAll(fluentAccessors(type));
        }
        out.sort(Comparator.comparing(GroundedFieldCollector::propertyName));
        return out;
    }

    /**
     * Accessors of immutable classes written in the record style without being records
     * ({@code chiefComplaint()} reading the field {@code chiefComplaint}): public no-argument
     * instance methods named exactly like an instance field of the class or a superclass.
     */
    private static List<Method> fluentAccessors(Class<?> type) {
        java.util.Set<String> fields = new java.util.HashSet<>();
        for (Class<?> c = type; c != null && !isLeaf(c); c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    fields.add(f.getName());
                }
            }
        }
        List<Method> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class
                    && !isLeaf(m.getDeclaringClass()) && fields.contains(m.getName())) {
                out.add(m);
            }
        }
        return out;
    }

    private static String propertyName(Method getter) {
        String n = getter.getName();
        if (!(n.startsWith("get") || n.startsWith("is")) || n.length() < 3
                || !Character.isUpperCase(n.charAt(n.startsWith("is") ? 2 : 3))) {
            return n; // a fluent accessor: the method is named like its field
        }
        String rest = n.substring(n.startsWith("is") ? 2 : 3);
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
            return rest; // getURL -> URL, as java.beans does
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String label(String path) {
        return path.isEmpty() ? "(value)" : path;
    }
}
