package id.terbuka.platform.directory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.terbuka.events.contracts.identity.UnitClosed;
import id.terbuka.events.contracts.identity.UnitCreated;
import id.terbuka.events.contracts.identity.UnitRenamed;
import id.terbuka.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merge rules of the local unit directory on the real MongoDB-protocol server, with events applied directly in
 * the orders a consumer can see them: twice (a crash between the effect and the ledger entry), late, or a closure
 * before the creation. {@code UnitDirectoryIT} covers the same through Kafka.
 */
class LocalUnitDirectoryIT {

    private static MongoClient client;
    private static LocalUnitDirectory directory;

    private final String tenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.mongoConnectionString());
        directory = new LocalUnitDirectory(new MongoTemplate(client, "terbuka_unit_directory_test"));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void listsACreatedUnitAsActiveInItsTenantOnly() {
        String id = UUID.randomUUID().toString();
        directory.apply(created(id, "DISKOMINFO", "Dinas Komunikasi dan Informatika"));

        assertThat(directory.isActiveUnit(tenant, id)).isTrue();
        assertThat(directory.isActiveUnit("another-tenant", id)).isFalse();
        assertThat(directory.activeUnits(tenant)).extracting(LocalUnit::code).containsExactly("DISKOMINFO");
        assertThat(directory.find(id)).hasValueSatisfying(unit -> {
            assertThat(unit.tenant()).isEqualTo(tenant);
            assertThat(unit.name()).isEqualTo("Dinas Komunikasi dan Informatika");
            assertThat(unit.kind()).isEqualTo("DINAS");
            assertThat(unit.revision()).isZero();
        });
        assertThat(directory.find(UUID.randomUUID().toString())).isEmpty();
        assertThat(directory.isActiveUnit(tenant, null)).isFalse();
    }

    @Test
    void findsSeveralUnitsInOneCallAndLeavesOutUnknownOnes() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        directory.apply(created(first, "DINKES", "Dinas Kesehatan"));
        directory.apply(created(second, "DLH", "Dinas Lingkungan Hidup"));

        assertThat(directory.findAll(List.of(first, second, "unknown")))
                .containsOnlyKeys(first, second)
                .hasEntrySatisfying(second, unit -> assertThat(unit.name()).isEqualTo("Dinas Lingkungan Hidup"));
        assertThat(directory.findAll(List.of())).isEmpty();
    }

    @Test
    void aRepeatedCreationDoesNotUndoALaterRename() {
        String id = UUID.randomUUID().toString();
        UnitCreated creation = created(id, "DISKOMINFO", "Dinas Kominfo");
        directory.apply(creation);
        directory.apply(renamed(id, "DISKOMINFOSTAPER", "Dinas Komunikasi, Informatika, Statistik dan Persandian", 1));
        directory.apply(creation);
        directory.apply(renamed(id, "DISKOMINFOSTAPER", "Dinas Komunikasi, Informatika, Statistik dan Persandian", 1));

        LocalUnit unit = directory.find(id).orElseThrow();
        assertThat(unit.code()).isEqualTo("DISKOMINFOSTAPER");
        assertThat(unit.revision()).isEqualTo(1);
        assertThat(directory.activeUnits(tenant)).hasSize(1);
    }

    @Test
    void keepsTheNewestNameWhenRenamesArriveOutOfOrder() {
        String id = UUID.randomUUID().toString();
        directory.apply(renamed(id, "DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", 2));
        directory.apply(created(id, "DISDIK", "Dinas Pendidikan"));
        directory.apply(renamed(id, "DISDIKPORA", "Dinas Pendidikan, Pemuda dan Olahraga", 1));

        LocalUnit unit = directory.find(id).orElseThrow();
        assertThat(unit.code()).isEqualTo("DISDIKBUD");
        assertThat(unit.name()).isEqualTo("Dinas Pendidikan dan Kebudayaan");
        assertThat(unit.revision()).isEqualTo(2);
        assertThat(unit.active()).isTrue();
    }

    @Test
    void aClosedUnitStaysClosedWhateverArrivesAfterIt() {
        String id = UUID.randomUUID().toString();
        directory.apply(created(id, "DLH", "Dinas Lingkungan Hidup"));
        directory.apply(closed(id, 2));
        directory.apply(renamed(id, "DLHK", "Dinas Lingkungan Hidup dan Kehutanan", 1));
        directory.apply(created(id, "DLH", "Dinas Lingkungan Hidup"));
        directory.apply(closed(id, 2));

        LocalUnit unit = directory.find(id).orElseThrow();
        assertThat(unit.status()).isEqualTo(LocalUnit.CLOSED);
        assertThat(unit.code()).isEqualTo("DLHK");
        assertThat(unit.revision()).isEqualTo(2);
        assertThat(directory.isActiveUnit(tenant, id)).isFalse();
        assertThat(directory.activeUnits(tenant)).isEmpty();
    }

    @Test
    void aClosureBeforeTheCreationLeavesAClosedUnitWithItsName() {
        String id = UUID.randomUUID().toString();
        directory.apply(closed(id, 1));
        assertThat(directory.find(id)).hasValueSatisfying(unit -> {
            assertThat(unit.status()).isEqualTo(LocalUnit.CLOSED);
            assertThat(unit.code()).isNull();
        });

        directory.apply(created(id, "SATPOLPP", "Satuan Polisi Pamong Praja"));

        LocalUnit unit = directory.find(id).orElseThrow();
        assertThat(unit.status()).isEqualTo(LocalUnit.CLOSED);
        assertThat(unit.name()).isEqualTo("Satuan Polisi Pamong Praja");
        assertThat(unit.revision()).isEqualTo(1);
        assertThat(directory.isActiveUnit(tenant, id)).isFalse();
    }

    private UnitCreated created(String id, String code, String name) {
        return new UnitCreated(id, tenant, code, name, "DINAS");
    }

    private UnitRenamed renamed(String id, String code, String name, long revision) {
        return new UnitRenamed(id, tenant, code, name, "DINAS", revision);
    }

    private UnitClosed closed(String id, long revision) {
        return new UnitClosed(id, tenant, revision);
    }
}
