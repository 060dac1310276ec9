package id.terbuka.platform.events.it;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.identity.UnitClosed;
import id.terbuka.events.contracts.identity.UnitCreated;
import id.terbuka.events.contracts.identity.UnitRenamed;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.platform.events.outbox.EventJson;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.events.relay.CloudEventPublisher;
import id.terbuka.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local unit directory fed through Kafka by the auto-configured subscriptions (same context as
 * {@link EventMachineryIT}). Each scenario ends with an event the test can wait for; records of one unit share a
 * key and so a partition, so everything before it has been applied by then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealInfrastructure
class UnitDirectoryIT {

    @Autowired
    CloudEventPublisher publisher;
    @Autowired
    LocalUnitDirectory directory;

    private final String tenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void buildsTheActiveUnitsOfATenantFromIdentityEvents() throws Exception {
        String dinkes = UUID.randomUUID().toString();
        String bappeda = UUID.randomUUID().toString();
        send(UnitCreated.TYPE, dinkes, new UnitCreated(dinkes, tenant, "DINKES", "Dinas Kesehatan", "DINAS"));
        send(UnitCreated.TYPE, bappeda, new UnitCreated(bappeda, tenant, "BAPPEDA",
                "Badan Perencanaan Pembangunan Daerah", "BADAN"));
        send(UnitClosed.TYPE, bappeda, new UnitClosed(bappeda, tenant, 1));

        await(() -> directory.find(bappeda).map(u -> !u.active()).orElse(false)
                && directory.find(dinkes).isPresent(), "both units applied");
        assertThat(directory.activeUnits(tenant)).extracting(LocalUnit::code).containsExactly("DINKES");
        assertThat(directory.isActiveUnit(tenant, dinkes)).isTrue();
        assertThat(directory.isActiveUnit(tenant, bappeda)).isFalse();
    }

    @Test
    void ignoresARedeliveredCreationAndALateRename() throws Exception {
        String id = UUID.randomUUID().toString();
        OutboxEvent creation = event(UnitCreated.TYPE, id,
                new UnitCreated(id, tenant, "DISDIK", "Dinas Pendidikan", "DINAS"));
        publisher.send(creation).get();
        send(UnitRenamed.TYPE, id, new UnitRenamed(id, tenant, "DISDIKBUD", "Dinas Pendidikan dan Kebudayaan",
                "DINAS", 2));
        // the relay republishing after a crash (same event id) and a replay of the older state (new event id)
        publisher.send(creation).get();
        send(UnitCreated.TYPE, id, new UnitCreated(id, tenant, "DISDIK", "Dinas Pendidikan", "DINAS"));
        send(UnitRenamed.TYPE, id, new UnitRenamed(id, tenant, "DISDIKPORA", "Dinas Pendidikan, Pemuda dan Olahraga",
                "DINAS", 1));
        send(UnitClosed.TYPE, id, new UnitClosed(id, tenant, 3));

        await(() -> directory.find(id).map(u -> !u.active()).orElse(false), "closure applied");
        LocalUnit unit = directory.find(id).orElseThrow();
        assertThat(unit.code()).isEqualTo("DISDIKBUD");
        assertThat(unit.name()).isEqualTo("Dinas Pendidikan dan Kebudayaan");
        assertThat(unit.revision()).isEqualTo(3);
    }

    @Test
    void aClosureThatArrivesFirstIsNotReopenedByTheCreation() throws Exception {
        String id = UUID.randomUUID().toString();
        send(UnitClosed.TYPE, id, new UnitClosed(id, tenant, 1));
        send(UnitCreated.TYPE, id, new UnitCreated(id, tenant, "DLH", "Dinas Lingkungan Hidup", "DINAS"));

        await(() -> directory.find(id).map(u -> u.code() != null).orElse(false), "creation applied");
        assertThat(directory.find(id).orElseThrow().status()).isEqualTo(LocalUnit.CLOSED);
        assertThat(directory.isActiveUnit(tenant, id)).isFalse();
        assertThat(directory.activeUnits(tenant)).isEmpty();
    }

    private <T> void send(EventType<T> type, String unitId, T payload) throws Exception {
        publisher.send(event(type, unitId, payload)).get();
    }

    private <T> OutboxEvent event(EventType<T> type, String unitId, T payload) {
        return new OutboxEvent(UUID.randomUUID().toString(), type.type(), type.topic(), unitId, tenant, Instant.now(),
                EventJson.write(payload), null);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}
