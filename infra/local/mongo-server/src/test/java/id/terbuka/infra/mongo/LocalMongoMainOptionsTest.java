package id.terbuka.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LocalMongoMainOptionsTest {

    @Test
    void runsInMemoryOnTheLauncherPortByDefault() {
        LocalMongoMain.Options options = LocalMongoMain.Options.parse();

        assertThat(options.port()).isEqualTo(27027);
        assertThat(options.dataFile()).isNull();
    }

    @Test
    void acceptsADataFileAndPortWithSpaceOrEqualsSign() {
        LocalMongoMain.Options options = LocalMongoMain.Options.parse("--data-file=/var/tmp/mongo.mv", "--port", "0");

        assertThat(options.dataFile()).isEqualTo(Path.of("/var/tmp/mongo.mv"));
        assertThat(options.port()).isZero();
    }

    @Test
    void rejectsUnknownOptionsAndBadPorts() {
        assertThatThrownBy(() -> LocalMongoMain.Options.parse("--replica-set"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--replica-set");
        assertThatThrownBy(() -> LocalMongoMain.Options.parse("--port", "mongo"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mongo");
    }
}
