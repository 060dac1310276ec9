package id.terbuka.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRootTest {

    @Test
    void findsTheCheckoutAboveTheLauncherJar(@TempDir Path dir) throws Exception {
        Path root = checkout(dir.resolve("terbuka"));
        Path jar = root.resolve("infra/local/launcher/target/terbuka-launcher-0.1.0-SNAPSHOT.jar");

        assertThat(ProjectRoot.locate(jar, dir)).contains(root);
    }

    @Test
    void fallsBackToTheWorkingDirectory(@TempDir Path dir) throws Exception {
        Path root = checkout(dir.resolve("terbuka"));

        assertThat(ProjectRoot.locate(dir.resolve("elsewhere/launcher.jar"), root.resolve("services"))).contains(root);
        assertThat(ProjectRoot.locate(dir.resolve("elsewhere/launcher.jar"), dir)).isEmpty();
    }

    private static Path checkout(Path root) throws Exception {
        Files.createDirectories(root.resolve("infra/local/launcher/target"));
        Files.createDirectories(root.resolve("services"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        return root;
    }
}
