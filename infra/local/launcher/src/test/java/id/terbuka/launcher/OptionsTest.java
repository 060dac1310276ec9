package id.terbuka.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    private static final Path ROOT = Path.of("/work/terbuka");
    private static final Path CWD = Path.of("/home/dev");

    private static Options parse(String... args) {
        return Options.parse(List.of(args), Map.of(), CWD, ROOT);
    }

    @Test
    void startsTheWholeDemoPlatformInTheProjectRunFolderByDefault() {
        Options options = parse();

        assertThat(options.command()).isEqualTo(Command.UP);
        assertThat(options.runDir()).isEqualTo(ROOT.resolve(".run"));
        assertThat(options.demo()).isTrue();
        assertThat(options.only()).isEmpty();
        assertThat(options.startupCache()).isTrue();
        assertThat(options.parallel()).isEqualTo(Options.DEFAULT_PARALLEL);
        assertThat(options.mongoUri()).isNull();
        assertThat(options.kafkaServers()).isNull();
    }

    @Test
    void resolvesARelativeRunFolderAgainstTheWorkingDirectory() {
        assertThat(parse("up", "--run-dir", "target/run").runDir()).isEqualTo(CWD.resolve("target/run"));
        assertThat(parse("--run-dir=/tmp/x").runDir()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void readsCommandsAndFlags() {
        assertThat(parse("stop").command()).isEqualTo(Command.STOP);
        assertThat(parse("status").command()).isEqualTo(Command.STATUS);
        assertThat(parse("--help").command()).isEqualTo(Command.HELP);
        assertThat(parse("up", "--no-demo").demo()).isFalse();
        assertThat(parse("--no-demo", "--demo").demo()).isTrue();
        assertThat(parse("--timeout", "90").timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(parse("--parallel=2").parallel()).isEqualTo(2);
        assertThat(parse("--no-cache").startupCache()).isFalse();
    }

    @Test
    void restartNamesAKnownComponent() {
        Options options = parse("restart", "catalogue-service", "--run-dir", "/r");

        assertThat(options.command()).isEqualTo(Command.RESTART);
        assertThat(options.component()).isEqualTo("catalogue-service");
        assertThatThrownBy(() -> parse("restart")).isInstanceOf(UsageException.class)
                .hasMessageContaining("restart needs a component");
        assertThatThrownBy(() -> parse("restart", "catalog")).isInstanceOf(UsageException.class)
                .hasMessageContaining("Unknown component: catalog");
    }

    @Test
    void onlyTakesAListOfKnownComponents() {
        assertThat(parse("--only", "gateway,identity-service").only())
                .containsExactlyInAnyOrder("gateway", "identity-service");
        assertThatThrownBy(() -> parse("--only", "gateway,nope")).isInstanceOf(UsageException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> parse("--verbose")).isInstanceOf(UsageException.class).hasMessageContaining("--verbose");
        assertThatThrownBy(() -> parse("launch")).isInstanceOf(UsageException.class).hasMessageContaining("launch");
        assertThatThrownBy(() -> parse("stop", "now")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> parse("--timeout", "soon")).isInstanceOf(UsageException.class)
                .hasMessageContaining("positive whole number");
        assertThatThrownBy(() -> parse("--parallel", "0")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> parse("--run-dir")).isInstanceOf(UsageException.class).hasMessageContaining("needs a value");
    }

    @Test
    void takesExternalMongoAndKafkaFromTheEnvironment() {
        Options options = Options.parse(List.of(), Map.of("MONGODB_URI", "mongodb://db:27017",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"), CWD, ROOT);

        assertThat(options.mongoUri()).isEqualTo("mongodb://db:27017");
        assertThat(options.kafkaServers()).isEqualTo("kafka:9092");
        assertThat(Options.parse(List.of(), Map.of("MONGODB_URI", " "), CWD, ROOT).mongoUri()).isNull();
    }

    @Test
    void needsAProjectRoot() {
        assertThatThrownBy(() -> Options.parse(List.of(), Map.of(), CWD, null)).isInstanceOf(UsageException.class)
                .hasMessageContaining("--project-root");
        assertThat(Options.parse(List.of("--project-root", "checkout"), Map.of(), CWD, null).projectRoot())
                .isEqualTo(CWD.resolve("checkout"));
    }
}
