package id.terbuka.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class AppCacheTest {

    private static final Component GATEWAY = Components.byName("gateway").orElseThrow();

    @Test
    void unpacksABootJarIntoAPlainClassPathInTheBootOrder(@TempDir Path dir) throws Exception {
        Path jar = bootJar(dir.resolve("app.jar"), "- \"BOOT-INF/lib/b.jar\"\n- \"BOOT-INF/lib/a.jar\"\n");

        Path runnable = new AppCache(dir.resolve("run")).runnableJar(jar, GATEWAY);

        assertThat(runnable).isEqualTo(dir.resolve("run/cache/apps/gateway/run.jar"));
        try (JarFile run = new JarFile(runnable.toFile())) {
            Attributes main = run.getManifest().getMainAttributes();
            assertThat(main.getValue("Main-Class")).isEqualTo("id.terbuka.gateway.GatewayApplication");
            assertThat(main.getValue("Class-Path")).isEqualTo("lib/b.jar lib/a.jar");
            assertThat(main.getValue("Implementation-Title")).isEqualTo("gateway");
            assertThat(main.getValue("Start-Class")).isNull();
            assertThat(new String(run.getInputStream(run.getJarEntry("application.yml")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("server.port: 8080");
            assertThat(run.getJarEntry("org/springframework/boot/loader/launch/JarLauncher.class")).isNull();
        }
        assertThat(runnable.resolveSibling("lib/a.jar")).hasContent("a");
        assertThat(runnable.resolveSibling("lib/spring-boot-jarmode-tools-4.0.7.jar")).doesNotExist();
        assertThat(runnable.resolveSibling("classes")).doesNotExist();
    }

    @Test
    void unpacksAgainOnlyWhenTheJarChanged(@TempDir Path dir) throws Exception {
        Path jar = bootJar(dir.resolve("app.jar"), null);
        AppCache cache = new AppCache(dir.resolve("run"));
        Path runnable = cache.runnableJar(jar, GATEWAY);
        Path marker = runnable.resolveSibling("lib/marker");
        Files.writeString(marker, "still here");

        cache.runnableJar(jar, GATEWAY);
        assertThat(marker).exists();

        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 5000));
        cache.runnableJar(jar, GATEWAY);
        assertThat(marker).doesNotExist();
    }

    @Test
    void runsAPlainJarAsItIs(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("plain.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "x.Main");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }

        assertThat(new AppCache(dir.resolve("run")).runnableJar(jar, GATEWAY)).isEqualTo(jar);
    }

    @Test
    void ordersLibrariesByTheIndexThenTheRest() {
        assertThat(AppCache.classPathOrder(List.of("a.jar", "b.jar", "c.jar"),
                "- \"BOOT-INF/lib/c.jar\"\n- \"BOOT-INF/lib/gone.jar\"\n- \"BOOT-INF/lib/a.jar\"\n"))
                .containsExactly("c.jar", "a.jar", "b.jar");
        assertThat(AppCache.classPathOrder(List.of("a.jar", "b.jar"), null)).containsExactly("a.jar", "b.jar");
    }

    private static Path bootJar(Path jar, String classpathIndex) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
        main.putValue("Start-Class", "id.terbuka.gateway.GatewayApplication");
        main.putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        main.putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        main.putValue("Implementation-Title", "gateway");
        if (classpathIndex != null) {
            main.putValue("Spring-Boot-Classpath-Index", "BOOT-INF/classpath.idx");
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            put(j, "org/springframework/boot/loader/launch/JarLauncher.class", "loader");
            put(j, "BOOT-INF/classes/application.yml", "server.port: 8080");
            put(j, "BOOT-INF/lib/a.jar", "a");
            put(j, "BOOT-INF/lib/b.jar", "b");
            put(j, "BOOT-INF/lib/spring-boot-jarmode-tools-4.0.7.jar", "tools");
            if (classpathIndex != null) {
                put(j, "BOOT-INF/classpath.idx", classpathIndex);
            }
        }
        return jar;
    }

    private static void put(JarOutputStream jar, String name, String content) throws Exception {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
