package id.terbuka.identity.unit;

import id.terbuka.events.contracts.identity.UnitClosed;
import id.terbuka.events.contracts.identity.UnitCreated;
import id.terbuka.events.contracts.identity.UnitRenamed;
import id.terbuka.platform.events.outbox.EventJson;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a unit (OPD) and the events it records, without Spring. */
class UnitTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-09T02:30:00Z");

    private final Unit unit = Unit.create("kutai-timur", "DISKOMINFO", "Dinas Komunikasi dan Informatika",
            UnitKind.DINAS, CREATED);

    @Test
    void startsActiveAtRevisionZeroAndAnnouncesItsCreation() {
        assertThat(unit.status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(unit.revision()).isZero();
        assertThat(unit.createdAt()).isEqualTo(CREATED);

        OutboxEvent event = unit.pendingEvents().getFirst();
        assertThat(unit.pendingEvents()).hasSize(1);
        assertThat(event.type()).isEqualTo(UnitCreated.TYPE.type());
        assertThat(event.tenant()).isEqualTo("kutai-timur");
        assertThat(event.subject()).isEqualTo(unit.id());
        assertThat(payload(event, UnitCreated.class)).isEqualTo(new UnitCreated(unit.id(), "kutai-timur",
                "DISKOMINFO", "Dinas Komunikasi dan Informatika", "DINAS"));
    }

    @Test
    void renamingPublishesTheCompleteNewStateWithTheNextRevision() {
        assertThat(unit.rename("DISKOMINFOSP", "Dinas Komunikasi, Informatika, Statistik dan Persandian", LATER))
                .isTrue();

        assertThat(unit.revision()).isEqualTo(1);
        assertThat(unit.updatedAt()).isEqualTo(LATER);
        OutboxEvent event = unit.pendingEvents().getLast();
        assertThat(event.type()).isEqualTo(UnitRenamed.TYPE.type());
        assertThat(payload(event, UnitRenamed.class)).isEqualTo(new UnitRenamed(unit.id(), "kutai-timur",
                "DISKOMINFOSP", "Dinas Komunikasi, Informatika, Statistik dan Persandian", "DINAS", 1));
    }

    @Test
    void renamingOnlyTheNameKeepsTheCode() {
        unit.rename(null, "Dinas Kominfo", LATER);

        assertThat(unit.code()).isEqualTo("DISKOMINFO");
        assertThat(unit.name()).isEqualTo("Dinas Kominfo");
        assertThat(payload(unit.pendingEvents().getLast(), UnitRenamed.class).code()).isEqualTo("DISKOMINFO");
    }

    @Test
    void aRenameThatChangesNothingRecordsNothing() {
        assertThat(unit.rename("DISKOMINFO", "Dinas Komunikasi dan Informatika", LATER)).isFalse();
        assertThat(unit.rename(null, null, LATER)).isFalse();

        assertThat(unit.revision()).isZero();
        assertThat(unit.updatedAt()).isEqualTo(CREATED);
        assertThat(unit.pendingEvents()).hasSize(1);
    }

    @Test
    void closingIsAnnouncedOnceAndIsFinal() {
        unit.rename(null, "Dinas Kominfo", LATER);
        assertThat(unit.close(LATER)).isTrue();
        assertThat(unit.close(LATER)).isFalse();

        assertThat(unit.status()).isEqualTo(UnitStatus.CLOSED);
        assertThat(unit.isActive()).isFalse();
        assertThat(unit.revision()).isEqualTo(2);
        assertThat(unit.pendingEvents()).extracting(OutboxEvent::type).containsExactly(UnitCreated.TYPE.type(),
                UnitRenamed.TYPE.type(), UnitClosed.TYPE.type());
        assertThat(payload(unit.pendingEvents().getLast(), UnitClosed.class))
                .isEqualTo(new UnitClosed(unit.id(), "kutai-timur", 2));
    }

    @Test
    void aClosedUnitCannotBeRenamed() {
        unit.close(LATER);

        assertThatThrownBy(() -> unit.rename("DISKOMINFO-BARU", null, LATER))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.typeSlug()).isEqualTo("unit-closed");
                });
        assertThat(unit.code()).isEqualTo("DISKOMINFO");
        assertThat(unit.revision()).isEqualTo(1);
        assertThat(unit.pendingEvents()).hasSize(2);
    }

    @Test
    void tellsWhetherACodeWouldChange() {
        assertThat(unit.wouldChangeCode("DISKOMINFO")).isFalse();
        assertThat(unit.wouldChangeCode(null)).isFalse();
        assertThat(unit.wouldChangeCode("DISKOMINFOSP")).isTrue();
    }

    @Test
    void normalisesTheCodeOfARequestToUpperCase() {
        assertThat(new UnitDetails("  diskominfo ", " Dinas Komunikasi dan Informatika ", UnitKind.DINAS))
                .isEqualTo(new UnitDetails("DISKOMINFO", "Dinas Komunikasi dan Informatika", UnitKind.DINAS));
        assertThat(new UnitRename("satpol-pp", null).code()).isEqualTo("SATPOL-PP");
    }

    private static <T> T payload(OutboxEvent event, Class<T> type) {
        return EventJson.read(event.payload().getBytes(StandardCharsets.UTF_8), type);
    }
}
