package id.terbuka.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the checkout: the launcher jar lives in {@code <root>/infra/local/launcher/target/}. */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    public static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("infra/local/launcher"));
    }

    /** The nearest root above the launcher's own location, else above the working directory. */
    public static Optional<Path> locate(Path codeLocation, Path workingDir) {
        return above(codeLocation).or(() -> above(workingDir));
    }

    private static Optional<Path> above(Path start) {
        for (Path dir = start == null ? null : start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    public static Path codeLocation() {
        try {
            return Path.of(ProjectRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }
}
