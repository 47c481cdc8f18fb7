package ai.domainassist.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A module's public API as text, one line per type and member, in the spirit of OkHttp's
 * {@code okhttp.api}: the public and protected types of the exported packages (those
 * {@code module-info} exports to everyone) with their public and protected constructors,
 * methods and fields, generic signatures included. A module's {@code ApiBaselineTest} compares
 * it with the file checked in as {@code api/<module>.api}, so a change to the public API fails the
 * build until the file is updated with it: an API change is a decision, made in the same commit.
 */
public final class ApiDump {
    /** Set to {@code true} ({@code -Dapi.update=true}) to write the baseline instead of checking it. */
    public static final String UPDATE = "api.update";

    private ApiDump() {
    }

    /**
     * Checks a module's API against its baseline file, or writes the file with {@code -Dapi.update=true}.
     *
     * @param anchor any class of the module (its jar or classes folder is dumped)
     * @param module the module's name, for messages
     * @param baseline the checked-in file
     * @throws AssertionError when the API differs from the baseline, listing the lines that differ
     * @throws IOException if the classes or the file cannot be read
     */
    public static void check(Class<?> anchor, String module, Path baseline) throws IOException {
        String now = dump(anchor);
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(baseline.toAbsolutePath().getParent());
            Files.writeString(baseline, now, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(baseline)) {
            throw new AssertionError("no API baseline for " + module + " at " + baseline.toAbsolutePath()
                    + "; write it with -D" + UPDATE + "=true and commit it");
        }
        String then = Files.readString(baseline, StandardCharsets.UTF_8);
        if (!then.equals(now)) {
            Set<String> before = new LinkedHashSet<>(then.lines().toList());
            Set<String> after = new LinkedHashSet<>(now.lines().toList());
            StringBuilder diff = new StringBuilder();
            before.stream().filter(l -> !after.contains(l)).forEach(l -> diff.append("\n- ").append(l));
            after.stream().filter(l -> !before.contains(l)).forEach(l -> diff.append("\n+ ").append(l));
            throw new AssertionError("the public API of " + module + " differs from " + baseline
                    + " (- baseline, + now):" + diff + "\nIf the change is intended, run this test with -D" + UPDATE
                    + "=true, commit the file, and list the change in CHANGELOG.md.");
        }
    }

    /**
     * The API of the module whose classes hold {@code anchor}.
     *
     * @param anchor any class of the module
     * @return the dump, one line per type and member, types in name order
     * @throws IOException if the classes cannot be listed
     */
    public static String dump(Class<?> anchor) throws IOException {
        Path where;
        try {
            where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<String> files = new ArrayList<>();
        Set<String> exported = null;
        if (Files.isDirectory(where)) {
            try (Stream<Path> s = Files.walk(where)) {
                s.filter(f -> f.toString().endsWith(".class"))
                        .forEach(f -> files.add(where.relativize(f).toString().replace('\\', '/')));
            }
            Path info = where.resolve("module-info.class");
            if (Files.exists(info)) {
                try (InputStream in = Files.newInputStream(info)) {
                    exported = exports(ModuleDescriptor.read(in));
                }
            }
        } else {
            try (JarFile jar = new JarFile(where.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(files::add);
                var info = jar.getEntry("module-info.class");
                if (info != null) {
                    try (InputStream in = jar.getInputStream(info)) {
                        exported = exports(ModuleDescriptor.read(in));
                    }
                }
            }
        }
        TreeSet<String> types = new TreeSet<>();
        for (String f : files) {
            if (f.endsWith("module-info.class") || f.endsWith("package-info.class")) {
                continue;
            }
            String name = f.substring(0, f.length() - ".class".length()).replace('/', '.');
            String pkg = name.substring(0, Math.max(0, name.lastIndexOf('.')));
            boolean api = exported != null ? exported.contains(pkg)
                    : !(pkg.endsWith(".internal") || pkg.contains(".internal."));
            if (api) {
                types.add(name);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String name : types) {
            Class<?> c;
            try {
                c = Class.forName(name, false, anchor.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IOException("cannot load " + name, e);
            }
            if (!visible(c)) {
                continue;
            }
            out.append(header(c)).append('\n');
            TreeSet<String> members = new TreeSet<>();
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (exposed(k.getModifiers()) && !k.isSynthetic() && !c.isEnum()) {
                    members.add(executable(k, "<init>", null));
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    members.add(executable(m, m.getName(), m.getGenericReturnType()));
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (exposed(f.getModifiers()) && !f.isSynthetic()) {
                    members.add(Modifier.toString(f.getModifiers() & Modifier.fieldModifiers()) + " "
                            + f.getGenericType().getTypeName() + " " + f.getName());
                }
            }
            members.forEach(m -> out.append("    ").append(m).append('\n'));
        }
        return out.toString();
    }

    private static Set<String> exports(ModuleDescriptor d) {
        return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    /** A public type, or a public or protected member type of visible types. */
    private static boolean visible(Class<?> c) {
        if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            int m = k.getModifiers();
            if (!(Modifier.isPublic(m) || (k.getDeclaringClass() != null && Modifier.isProtected(m)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String header(Class<?> c) {
        List<String> parts = new ArrayList<>();
        int mods = c.getModifiers() & ~Modifier.INTERFACE & ~Modifier.SYNCHRONIZED;
        if (c.isInterface()) {
            mods &= ~Modifier.ABSTRACT;
        }
        if (c.isEnum() || c.isRecord()) {
            mods &= ~Modifier.FINAL & ~Modifier.STATIC;
        }
        String m = Modifier.toString(mods);
        if (!m.isEmpty()) {
            parts.add(m);
        }
        if (c.isSealed()) {
            parts.add("sealed");
        }
        parts.add(c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum"
                : c.isRecord() ? "record" : "class");
        parts.add(c.getName() + typeParameters(c.getTypeParameters()));
        Type sup = c.getGenericSuperclass();
        if (sup != null && sup != Object.class && !c.isEnum() && !c.isRecord()) {
            parts.add("extends " + sup.getTypeName());
        }
        Type[] ifaces = c.getGenericInterfaces();
        if (ifaces.length > 0 && !c.isAnnotation()) {
            parts.add((c.isInterface() ? "extends " : "implements ")
                    + Arrays.stream(ifaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        if (c.isSealed()) {
            parts.add("permits " + Arrays.stream(c.getPermittedSubclasses()).map(Class::getName).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return String.join(" ", parts);
    }

    private static String executable(Executable e, String name, Type returns) {
        StringBuilder sb = new StringBuilder();
        int mods = e.getModifiers() & (e instanceof Method ? Modifier.methodModifiers() : Modifier.constructorModifiers());
        if (e.getDeclaringClass().isInterface()) {
            mods &= ~Modifier.ABSTRACT & ~Modifier.PUBLIC;
        }
        String m = Modifier.toString(mods);
        if (e instanceof Method method && method.isDefault()) {
            m = m.isEmpty() ? "default" : m + " default";
        }
        if (!m.isEmpty()) {
            sb.append(m).append(' ');
        }
        String tp = typeParameters(e.getTypeParameters());
        if (!tp.isEmpty()) {
            sb.append(tp).append(' ');
        }
        if (returns != null) {
            sb.append(returns.getTypeName()).append(' ');
        }
        sb.append(name).append('(').append(Arrays.stream(e.getGenericParameterTypes()).map(Type::getTypeName)
                .collect(Collectors.joining(", "))).append(')');
        Type[] thrown = e.getGenericExceptionTypes();
        if (thrown.length > 0) {
            sb.append(" throws ").append(Arrays.stream(thrown).map(Type::getTypeName).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    private static String typeParameters(TypeVariable<?>[] vars) {
        if (vars.length == 0) {
            return "";
        }
        return Arrays.stream(vars).map(v -> {
            Type[] bounds = v.getBounds();
            boolean plain = bounds.length == 1 && bounds[0] == Object.class;
            return plain ? v.getName() : v.getName() + " extends "
                    + Arrays.stream(bounds).map(Type::getTypeName).collect(Collectors.joining(" & "));
        }).collect(Collectors.joining(", ", "<", ">"));
    }
}
