package id.terbuka.events.contracts;

import id.terbuka.events.contracts.identity.TenantRegistered;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTypeTest {

    @Test
    void exposesContextNameAndVersionOfTheTypeString() {
        assertThat(TenantRegistered.TYPE.context()).isEqualTo("identity");
        assertThat(TenantRegistered.TYPE.name()).isEqualTo("tenant-registered");
        assertThat(TenantRegistered.TYPE.version()).isEqualTo(1);
    }

    @Test
    void rejectsTypeStringsOutsideTheNamingScheme() {
        assertThatThrownBy(() -> new EventType<>("TenantRegistered", Topics.IDENTITY, String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnEventOnAnotherContextsTopic() {
        assertThatThrownBy(() -> new EventType<>("id.terbuka.identity.x.v1", Topics.NEWS, String.class))
                .hasMessageContaining("identity.events");
    }

    @Test
    void findsEventsByTheirTypeString() {
        assertThat(EventCatalog.byType("id.terbuka.identity.tenant-registered.v1")).contains(TenantRegistered.TYPE);
        assertThat(EventCatalog.byType("id.terbuka.identity.unknown.v1")).isEmpty();
    }
}
