package id.terbuka.identity.reminder;

import id.terbuka.events.contracts.request.ObjectionDueSoon;
import id.terbuka.events.contracts.request.ObjectionOverdue;
import id.terbuka.events.contracts.request.RequestDueSoon;
import id.terbuka.events.contracts.request.RequestOverdue;
import id.terbuka.identity.account.AccountKind;
import id.terbuka.identity.account.UserAccount;
import id.terbuka.platform.events.consume.ConsumedEvent;
import id.terbuka.platform.events.consume.EventSubscription;
import id.terbuka.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns request-service's clock events into e-mails to the staff who must act. The events carry no contact data
 * (by design), so the recipients are found here, where the accounts live: for a request the PPID_UTAMA accounts of
 * the tenant and, when it is assigned, the PPID_PELAKSANA accounts of that unit; for a keberatan the ATASAN_PPID
 * accounts. Active staff accounts only. One mail per event and account is queued (idempotent: the id is the event
 * id plus the account id) and sent by {@link StaffReminderRelay}. Events older than {@code max-age} are skipped:
 * a consumer group that starts from the beginning of the topic must not mail last year's reminders.
 */
@Configuration(proxyBeanMethods = false)
public class StaffReminders {

    private static final Logger log = LoggerFactory.getLogger(StaffReminders.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("id"));

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String linkBase;
    private final Duration maxAge;

    StaffReminders(MongoTemplate mongo, Clock clock,
                   @Value("${terbuka.identity.mail.link-base}") String linkBase,
                   @Value("${terbuka.identity.reminders.max-age:P3D}") Duration maxAge) {
        this.mongo = mongo;
        this.clock = clock;
        this.linkBase = linkBase;
        this.maxAge = maxAge;
    }

    @Bean
    EventSubscription<RequestDueSoon> remindStaffOfDueRequests() {
        return EventSubscription.on(RequestDueSoon.TYPE, event -> {
            RequestDueSoon e = event.payload();
            queue(event, e.tenant(), e.registrationNumber(), requestStaff(e.tenant(), e.unitId()),
                    "Pengingat: permohonan " + e.registrationNumber() + " jatuh tempo " + DATE.format(e.dueDate()),
                    """
                    Pemberitahuan tertulis atas permohonan informasi nomor %s wajib diberikan paling lambat %s \
                    (%d hari kerja lagi; UU 14/2008 Pasal 22).""".formatted(e.registrationNumber(),
                            DATE.format(e.dueDate()), e.workingDaysLeft()),
                    workList(e.tenant(), e.unitId(), false));
        });
    }

    @Bean
    EventSubscription<RequestOverdue> alertStaffOfOverdueRequests() {
        return EventSubscription.on(RequestOverdue.TYPE, event -> {
            RequestOverdue e = event.payload();
            queue(event, e.tenant(), e.registrationNumber(), requestStaff(e.tenant(), e.unitId()),
                    "Terlambat: permohonan " + e.registrationNumber() + " melewati batas waktu "
                            + DATE.format(e.dueDate()),
                    """
                    Batas waktu pemberitahuan tertulis atas permohonan informasi nomor %s (%s) telah terlewati. \
                    Pemohon kini dapat mengajukan keberatan (UU 14/2008 Pasal 35). Mohon segera terbitkan \
                    pemberitahuan tertulis.""".formatted(e.registrationNumber(), DATE.format(e.dueDate())),
                    workList(e.tenant(), e.unitId(), true));
        });
    }

    @Bean
    EventSubscription<ObjectionDueSoon> remindAtasanOfDueObjections() {
        return EventSubscription.on(ObjectionDueSoon.TYPE, event -> {
            ObjectionDueSoon e = event.payload();
            queue(event, e.tenant(), e.registrationNumber(), atasan(e.tenant()),
                    "Pengingat: keberatan " + e.objectionNumber() + " (permohonan " + e.registrationNumber()
                            + ") wajib ditanggapi paling lambat " + DATE.format(e.responseDueDate()),
                    """
                    Keberatan nomor %s atas permohonan informasi nomor %s wajib ditanggapi atasan PPID secara \
                    tertulis paling lambat %s (%d hari kerja lagi; UU 14/2008 Pasal 36).""".formatted(
                            e.objectionNumber(), e.registrationNumber(), DATE.format(e.responseDueDate()),
                            e.workingDaysLeft()),
                    request(e.tenant(), e.registrationNumber()));
        });
    }

    @Bean
    EventSubscription<ObjectionOverdue> alertAtasanOfOverdueObjections() {
        return EventSubscription.on(ObjectionOverdue.TYPE, event -> {
            ObjectionOverdue e = event.payload();
            queue(event, e.tenant(), e.registrationNumber(), atasan(e.tenant()),
                    "Terlambat: tanggapan keberatan " + e.objectionNumber() + " (permohonan "
                            + e.registrationNumber() + ") melewati " + DATE.format(e.responseDueDate()),
                    """
                    Jangka waktu 30 hari kerja untuk menanggapi keberatan nomor %s atas permohonan informasi nomor \
                    %s berakhir %s tanpa tanggapan. Pemohon kini dapat mengajukan sengketa ke Komisi Informasi \
                    (UU 14/2008 Pasal 37).""".formatted(e.objectionNumber(), e.registrationNumber(),
                            DATE.format(e.responseDueDate())),
                    request(e.tenant(), e.registrationNumber()));
        });
    }

    /** PPID_UTAMA of the tenant, and PPID_PELAKSANA of the unit when the request is assigned. */
    List<UserAccount> requestStaff(String tenant, String unitId) {
        List<Criteria> who = new ArrayList<>();
        who.add(Criteria.where("roles").is(Role.PPID_UTAMA.name()));
        if (unitId != null) {
            who.add(Criteria.where("roles").is(Role.PPID_PELAKSANA.name()).and("unitId").is(unitId));
        }
        return staff(tenant, new Criteria().orOperator(who));
    }

    List<UserAccount> atasan(String tenant) {
        return staff(tenant, Criteria.where("roles").is(Role.ATASAN_PPID.name()));
    }

    private List<UserAccount> staff(String tenant, Criteria roles) {
        return mongo.find(Query.query(new Criteria().andOperator(Criteria.where("tenant").is(tenant),
                Criteria.where("kind").is(AccountKind.STAFF.name()), Criteria.where("active").is(true), roles)),
                UserAccount.class);
    }

    private void queue(ConsumedEvent<?> event, String tenant, String registrationNumber, List<UserAccount> to,
                       String subject, String body, String link) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (event.occurredAt() != null && event.occurredAt().isBefore(now.minus(maxAge))) {
            log.info("Reminder event {} of {} is older than {}; no mail", event.eventId(), event.occurredAt(), maxAge);
            return;
        }
        if (to.isEmpty()) {
            log.warn("No staff account to remind of {} in tenant {} ({})", registrationNumber, tenant, event.type());
            return;
        }
        for (UserAccount user : to) {
            String text = """
                    Yth. %s,

                    %s

                    Daftar kerja: %s

                    Pesan ini dikirim otomatis oleh Terbuka; mohon tidak membalas.
                    """.formatted(user.displayName(), body, link);
            StaffReminderMail mail = new StaffReminderMail(event.eventId() + ":" + user.id(), event.eventId(),
                    event.type(), tenant, user.id(), registrationNumber, subject, text,
                    StaffReminderMail.Status.PENDING, 0, now, null, now, null, null);
            try {
                mongo.insert(mail);
            } catch (DuplicateKeyException alreadyQueued) {
                // a redelivery (the handler may run twice): this account's mail is already queued
            }
        }
    }

    private String workList(String tenant, String unitId, boolean overdue) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(linkBase).path("/api/v1/{tenant}/requests");
        if (unitId != null) {
            link.queryParam("unit", unitId);
        }
        if (overdue) {
            link.queryParam("overdue", true);
        }
        return link.buildAndExpand(tenant).toUriString();
    }

    private String request(String tenant, String registrationNumber) {
        // a registration number is three path segments: 6408/2026/000001
        return UriComponentsBuilder.fromUriString(linkBase).path("/api/v1/{tenant}/requests/" + registrationNumber)
                .buildAndExpand(tenant).toUriString();
    }
}
