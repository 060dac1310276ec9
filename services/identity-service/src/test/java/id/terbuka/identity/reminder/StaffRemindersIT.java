package id.terbuka.identity.reminder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;
import id.terbuka.events.contracts.request.ObjectionOverdue;
import id.terbuka.events.contracts.request.RequestDueSoon;
import id.terbuka.events.contracts.request.RequestOverdue;
import id.terbuka.platform.events.outbox.EventJson;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.events.relay.CloudEventPublisher;
import id.terbuka.testsupport.RealInfrastructure;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * request-service's clock events become e-mails (SMTP, GreenMail) to the staff who must act, found from the
 * accounts kept here: PPID utama of the tenant and the pelaksana of the assigned unit, the atasan for a keberatan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
class StaffRemindersIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    CloudEventPublisher publisher;
    @Autowired
    StaffReminderRelay relay;

    String tenant;
    String unitA;
    Map<String, String> address;

    @BeforeEach
    void staff() {
        tenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        unitA = UUID.randomUUID().toString();
        String unitB = UUID.randomUUID().toString();
        String other = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        address = Map.of(
                "utama", user(tenant, "STAFF", List.of("PPID_UTAMA"), null, true),
                "utamaGone", user(tenant, "STAFF", List.of("PPID_UTAMA"), null, false),
                "pelaksanaA", user(tenant, "STAFF", List.of("PPID_PELAKSANA"), unitA, true),
                "pelaksanaB", user(tenant, "STAFF", List.of("PPID_PELAKSANA"), unitB, true),
                "atasan", user(tenant, "STAFF", List.of("ATASAN_PPID"), null, true),
                "editor", user(tenant, "STAFF", List.of("EDITOR"), null, true),
                "otherUtama", user(other, "STAFF", List.of("PPID_UTAMA"), null, true),
                "citizen", user(tenant, "CITIZEN", List.of("CITIZEN"), null, true));
    }

    @Test
    void aDueSoonRequestIsMailedToThePpidUtamaAndThePelaksanaOfItsUnitOnlyOnceEvenWhenRedelivered()
            throws Exception {
        String number = "6408/2026/" + UUID.randomUUID().toString().substring(0, 6);
        String eventId = UUID.randomUUID().toString();
        RequestDueSoon dueSoon = new RequestDueSoon(UUID.randomUUID().toString(), tenant, number, unitA,
                LocalDate.of(2026, 3, 16), 3, Instant.now());
        publish(eventId, RequestDueSoon.TYPE, dueSoon.requestId(), dueSoon);
        publish(eventId, RequestDueSoon.TYPE, dueSoon.requestId(), dueSoon);

        List<MimeMessage> received = awaitMails(number, 2);
        assertThat(recipients(received)).containsExactlyInAnyOrder(address.get("utama"), address.get("pelaksanaA"));
        MimeMessage first = received.getFirst();
        assertThat(first.getSubject()).contains(number, "16 Maret 2026");
        String body = GreenMailUtil.getBody(first).replaceAll("=\\r?\\n", "");
        assertThat(body).contains(number, "3 hari kerja", "/api/v1/" + tenant + "/requests?unit=" + unitA);
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(eventId)), StaffReminderMail.class))
                .as("one queued mail per account").isEqualTo(2);
    }

    @Test
    void anUnassignedOverdueRequestGoesToThePpidUtamaAndAnOverdueKeberatanToTheAtasan() throws Exception {
        String number = "6408/2026/" + UUID.randomUUID().toString().substring(0, 6);
        RequestOverdue overdue = new RequestOverdue(UUID.randomUUID().toString(), tenant, number, null,
                LocalDate.of(2026, 3, 16), Instant.now());
        publish(UUID.randomUUID().toString(), RequestOverdue.TYPE, overdue.requestId(), overdue);
        List<MimeMessage> toUtama = awaitMails(number, 1);
        assertThat(recipients(toUtama)).containsExactly(address.get("utama"));
        assertThat(toUtama.getFirst().getSubject()).startsWith("Terlambat");
        assertThat(GreenMailUtil.getBody(toUtama.getFirst()).replaceAll("=\\r?\\n", ""))
                .contains("overdue=true");

        String keberatan = "6408/2026/" + UUID.randomUUID().toString().substring(0, 6);
        ObjectionOverdue late = new ObjectionOverdue(UUID.randomUUID().toString(), tenant, keberatan,
                "KEB/6408/2026/000001", LocalDate.of(2026, 4, 30), Instant.now());
        publish(UUID.randomUUID().toString(), ObjectionOverdue.TYPE, late.requestId(), late);
        List<MimeMessage> toAtasan = awaitMails(keberatan, 1);
        assertThat(recipients(toAtasan)).containsExactly(address.get("atasan"));
        assertThat(toAtasan.getFirst().getSubject()).contains("KEB/6408/2026/000001", "30 April 2026");
    }

    @Test
    void anOldEventFromTheStartOfTheTopicMailsNobody() throws Exception {
        String number = "6408/2025/" + UUID.randomUUID().toString().substring(0, 6);
        String eventId = UUID.randomUUID().toString();
        RequestOverdue old = new RequestOverdue(UUID.randomUUID().toString(), tenant, number, null,
                LocalDate.of(2025, 6, 18), Instant.now().minus(Duration.ofDays(30)));
        publisher.send(new OutboxEvent(eventId, RequestOverdue.TYPE.type(), Topics.REQUEST, old.requestId(), tenant,
                Instant.now().minus(Duration.ofDays(30)), EventJson.write(old), null)).get();
        // a later event of the same tenant is handled after it (same partition key): once that one is queued,
        // the old one has been seen
        String marker = "6408/2026/" + UUID.randomUUID().toString().substring(0, 6);
        RequestOverdue recent = new RequestOverdue(old.requestId(), tenant, marker, null, LocalDate.of(2026, 3, 16),
                Instant.now());
        publish(UUID.randomUUID().toString(), RequestOverdue.TYPE, recent.requestId(), recent);
        awaitMails(marker, 1);
        assertThat(mongo.count(Query.query(Criteria.where("eventId").is(eventId)), StaffReminderMail.class))
                .isZero();
    }

    @Test
    void aMailTheServerRefusesStaysQueuedAndIsRetriedLaterWithAGrowingPause() {
        String id = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", id).append("tenant", tenant).append("username", "rusak-" + id)
                .append("displayName", "Staf Rusak").append("email", "bukan alamat e-mail").append("kind", "STAFF")
                .append("roles", List.of("PPID_UTAMA")).append("active", true).append("emailVerified", true)
                .append("revision", 0L), "users");
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String mailId = "test-" + UUID.randomUUID();
        mongo.insert(new StaffReminderMail(mailId, mailId, RequestOverdue.TYPE.type(), tenant, id, "6408/2026/9",
                "Terlambat", "x", StaffReminderMail.Status.PENDING, 0, now, null, now, null, null));

        relay.sendDue(now);
        StaffReminderMail afterFirst = mongo.findById(mailId, StaffReminderMail.class);
        assertThat(afterFirst.status()).isEqualTo(StaffReminderMail.Status.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(now.plusSeconds(30));

        relay.sendDue(now.plusSeconds(10));
        assertThat(mongo.findById(mailId, StaffReminderMail.class).attempts()).as("not yet due again").isEqualTo(1);
        relay.sendDue(now.plusSeconds(31));
        StaffReminderMail afterSecond = mongo.findById(mailId, StaffReminderMail.class);
        assertThat(afterSecond.attempts()).isEqualTo(2);
        assertThat(afterSecond.nextAttemptAt()).isEqualTo(now.plusSeconds(31 + 60));
    }

    private <T> void publish(String eventId, EventType<T> type, String subject, T payload) throws Exception {
        publisher.send(new OutboxEvent(eventId, type.type(), Topics.REQUEST, subject, tenant, Instant.now(),
                EventJson.write(payload), null)).get();
    }

    private List<MimeMessage> awaitMails(String number, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        List<MimeMessage> found = List.of();
        while (System.nanoTime() < deadline) {
            relay.sendDue(Instant.now());
            found = Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(number)).toList();
            if (found.size() >= expected) {
                break;
            }
            Thread.sleep(200);
        }
        Thread.sleep(500);
        relay.sendDue(Instant.now());
        found = Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(number)).toList();
        assertThat(found).as("mails about %s", number).hasSize(expected);
        return found;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(List<MimeMessage> mails) throws Exception {
        List<String> to = new java.util.ArrayList<>();
        for (MimeMessage m : mails) {
            to.addAll(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .collect(Collectors.toList()));
        }
        return to;
    }

    private String user(String tenant, String kind, List<String> roles, String unitId, boolean active) {
        String id = UUID.randomUUID().toString();
        String email = "staf-" + id.substring(0, 8) + "@example.id";
        mongo.insert(new Document("_id", id).append("tenant", tenant).append("username", email)
                .append("displayName", "Staf " + id.substring(0, 4)).append("email", email).append("kind", kind)
                .append("roles", roles).append("unitId", unitId).append("active", active)
                .append("emailVerified", true).append("revision", 0L).append("createdAt", new java.util.Date())
                .append("updatedAt", new java.util.Date()), "users");
        return email;
    }
}
