package id.terbuka.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

class InfrastructureModeTest {

    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;

    @Test
    void defaultsToAutoAndIgnoresCase() {
        assertThat(InfrastructureMode.parse(null)).isEqualTo(InfrastructureMode.AUTO);
        assertThat(InfrastructureMode.parse(" ")).isEqualTo(InfrastructureMode.AUTO);
        assertThat(InfrastructureMode.parse("Embedded")).isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(InfrastructureMode.parse("containers ")).isEqualTo(InfrastructureMode.CONTAINERS);
    }

    @Test
    void rejectsAnUnknownModeNamingTheValidOnes() {
        assertThatThrownBy(() -> InfrastructureMode.parse("docker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("terbuka.test.infrastructure=docker")
                .hasMessageContaining("[auto, embedded, containers]");
    }

    @Test
    void autoUsesContainersOnlyWhenDockerIsReachable() {
        assertThat(InfrastructureMode.AUTO.resolve(DOCKER)).isEqualTo(InfrastructureMode.CONTAINERS);
        assertThat(InfrastructureMode.AUTO.resolve(NO_DOCKER)).isEqualTo(InfrastructureMode.EMBEDDED);
    }

    @Test
    void embeddedNeverAsksForDocker() {
        BooleanSupplier mustNotBeCalled = () -> {
            throw new AssertionError("Docker must not be probed in embedded mode");
        };
        assertThat(InfrastructureMode.EMBEDDED.resolve(mustNotBeCalled)).isEqualTo(InfrastructureMode.EMBEDDED);
    }

    @Test
    void forcedContainersWithoutDockerFailInsteadOfFallingBack() {
        assertThat(InfrastructureMode.CONTAINERS.resolve(DOCKER)).isEqualTo(InfrastructureMode.CONTAINERS);
        assertThatThrownBy(() -> InfrastructureMode.CONTAINERS.resolve(NO_DOCKER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Docker engine is reachable");
    }
}
