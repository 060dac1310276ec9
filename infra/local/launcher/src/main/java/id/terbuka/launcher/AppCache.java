package id.terbuka.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * Start-up cache in {@code <run-dir>/cache/}. Each Spring Boot executable jar is unpacked once into a plain class
 * path ({@code lib/*.jar} and {@code run.jar} holding the application's classes, with a manifest naming the
 * libraries: the layout of Spring Boot's own {@code extract}), and every JVM keeps a dynamic class-data-sharing archive
 * ({@code -XX:+AutoCreateSharedArchive}), which only helps classes loaded from a plain class path. Measured on
 * 2 cores: a service is ready in about 1.5-2 s instead of 4 s. A rebuilt jar is unpacked again; the JVM rebuilds
 * a stale archive by itself. Unpacking is done here (not with {@code -Djarmode=tools}) because the Kafka and
 * MongoDB jars are Boot-packaged without Spring on their class path.
 */
public final class AppCache {

    static final String RUN_JAR = "run.jar";

    private final Path cacheDir;

    public AppCache(Path runDir) {
        this.cacheDir = runDir.resolve("cache");
    }

    public Path archive(Component component) {
        return cacheDir.resolve("cds").resolve(component.name() + ".jsa");
    }

    /** JVM options that keep a class-data-sharing archive for the component. */
    public List<String> jvmOptions(Component component) {
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive(component),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The jar to run: the unpacked one, unpacking first when the jar changed; the jar itself if not Boot-packaged. */
    public Path runnableJar(Path jar, Component component) throws IOException {
        Path dir = cacheDir.resolve("apps").resolve(component.name());
        Path stamp = cacheDir.resolve("apps").resolve(component.name() + ".source");
        Path runJar = dir.resolve(RUN_JAR);
        String source = stampOf(jar);
        if (Files.isRegularFile(runJar) && Files.isRegularFile(stamp)
                && Files.readString(stamp, StandardCharsets.UTF_8).equals(source)) {
            return runJar;
        }
        deleteTree(dir);
        Files.deleteIfExists(stamp);
        Files.createDirectories(archive(component).getParent());
        if (!unpack(jar, dir)) {
            deleteTree(dir);
            return jar;
        }
        Files.writeString(stamp, source, StandardCharsets.UTF_8);
        return runJar;
    }

    static String stampOf(Path jar) throws IOException {
        return jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
    }

    /**
     * Unpacks a Spring Boot executable jar: the libraries into {@code lib/}, the application's own classes and
     * resources into {@code run.jar} (a jar, not a directory: CDS refuses non-empty directories on the class path)
     * whose manifest starts the application with {@code lib/} on its class path. False when {@code jar} is not a
     * Spring Boot jar.
     */
    static boolean unpack(Path jar, Path dir) throws IOException {
        try (JarFile boot = new JarFile(jar.toFile())) {
            Manifest manifest = boot.getManifest();
            String startClass = manifest == null ? null : manifest.getMainAttributes().getValue("Start-Class");
            if (startClass == null) {
                return false;
            }
            Attributes main = manifest.getMainAttributes();
            String classesPrefix = main.getValue("Spring-Boot-Classes") != null
                    ? main.getValue("Spring-Boot-Classes") : "BOOT-INF/classes/";
            String libPrefix = main.getValue("Spring-Boot-Lib") != null ? main.getValue("Spring-Boot-Lib") : "BOOT-INF/lib/";
            String index = main.getValue("Spring-Boot-Classpath-Index");

            Files.createDirectories(dir.resolve("lib"));
            List<String> libs = new ArrayList<>();
            List<JarEntry> classes = new ArrayList<>();
            Enumeration<JarEntry> entries = boot.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(classesPrefix) && name.length() > classesPrefix.length()) {
                    classes.add(entry);
                } else if (name.startsWith(libPrefix) && name.endsWith(".jar")) {
                    String lib = name.substring(libPrefix.length());
                    if (lib.contains("/") || lib.contains("\\") || lib.startsWith("spring-boot-jarmode-")) {
                        continue;
                    }
                    libs.add(lib);
                    try (InputStream in = boot.getInputStream(entry)) {
                        Files.copy(in, dir.resolve("lib").resolve(lib), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            List<String> ordered = classPathOrder(libs, index == null ? null : readEntry(boot, index));
            Manifest runManifest = runManifest(main, startClass, ordered);
            try (OutputStream out = Files.newOutputStream(dir.resolve(RUN_JAR));
                 JarOutputStream runJar = new JarOutputStream(out, runManifest)) {
                runJar.setLevel(Deflater.BEST_SPEED);
                for (JarEntry entry : classes) {
                    String name = entry.getName().substring(classesPrefix.length());
                    if (name.equalsIgnoreCase("META-INF/MANIFEST.MF") || name.equalsIgnoreCase("META-INF/")) {
                        continue;
                    }
                    runJar.putNextEntry(new JarEntry(name));
                    if (!entry.isDirectory()) {
                        try (InputStream in = boot.getInputStream(entry)) {
                            in.transferTo(runJar);
                        }
                    }
                    runJar.closeEntry();
                }
            }
            return true;
        }
    }

    /** The libraries in the order of Boot's classpath.idx (which the Boot loader uses), then any others. */
    static List<String> classPathOrder(List<String> libs, String classpathIndex) {
        Set<String> ordered = new LinkedHashSet<>();
        if (classpathIndex != null) {
            for (String line : classpathIndex.lines().toList()) {
                String entry = line.trim();
                if (entry.startsWith("- ")) {
                    entry = entry.substring(2).trim();
                }
                entry = entry.replace("\"", "");
                String lib = entry.substring(entry.lastIndexOf('/') + 1);
                if (libs.contains(lib)) {
                    ordered.add(lib);
                }
            }
        }
        ordered.addAll(libs);
        return List.copyOf(ordered);
    }

    private static String readEntry(JarFile jar, String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Manifest runManifest(Attributes original, String startClass, List<String> libs) {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        for (Map.Entry<Object, Object> e : original.entrySet()) {
            String key = e.getKey().toString();
            if (!key.startsWith("Spring-Boot-") && !key.equals("Start-Class") && !key.equals("Main-Class")
                    && !key.equals("Class-Path")) {
                attributes.put(e.getKey(), e.getValue());
            }
        }
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, startClass);
        attributes.put(Attributes.Name.CLASS_PATH, String.join(" ", libs.stream().map(lib -> "lib/" + lib).toList()));
        return manifest;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
