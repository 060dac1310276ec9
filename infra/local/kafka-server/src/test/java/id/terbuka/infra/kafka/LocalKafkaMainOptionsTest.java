package id.terbuka.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LocalKafkaMainOptionsTest {

    @Test
    void usesTheLauncherPortsAndATemporaryDirectoryByDefault() {
        LocalKafkaMain.Options options = LocalKafkaMain.Options.parse();

        assertThat(options.port()).isEqualTo(19092);
        assertThat(options.controllerPort()).isEqualTo(19093);
        assertThat(options.dataDirectory()).isNull();
    }

    @Test
    void acceptsOptionsWithSpaceOrEqualsSign() {
        LocalKafkaMain.Options options = LocalKafkaMain.Options.parse(
                "--data-dir", "/var/tmp/kafka", "--port=29092", "--controller-port", "29093");

        assertThat(options.dataDirectory()).isEqualTo(Path.of("/var/tmp/kafka"));
        assertThat(options.port()).isEqualTo(29092);
        assertThat(options.controllerPort()).isEqualTo(29093);
    }

    @Test
    void rejectsUnknownOptionsAndBadPorts() {
        assertThatThrownBy(() -> LocalKafkaMain.Options.parse("--topic", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--topic");
        assertThatThrownBy(() -> LocalKafkaMain.Options.parse("--port", "70000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
        assertThatThrownBy(() -> LocalKafkaMain.Options.parse("--port"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LocalKafkaMain.Options.parse("--port", "19093"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
    }
}
