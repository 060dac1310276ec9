package id.terbuka.request.mail;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.request.DisputeDecided;
import id.terbuka.events.contracts.request.DisputeRecorded;
import id.terbuka.events.contracts.request.ObjectionDecided;
import id.terbuka.events.contracts.request.ObjectionFiled;
import id.terbuka.events.contracts.request.RequestAssigned;
import id.terbuka.events.contracts.request.RequestClosed;
import id.terbuka.events.contracts.request.RequestDecided;
import id.terbuka.events.contracts.request.RequestExtended;
import id.terbuka.events.contracts.request.RequestRegistered;
import id.terbuka.platform.events.consume.ConsumedEvent;
import id.terbuka.platform.config.PlatformAutoConfiguration;
import id.terbuka.platform.events.consume.EventSubscription;
import id.terbuka.request.information.InformationRequest;
import id.terbuka.request.information.InformationRequestRepository;
import id.terbuka.request.information.RequestStatus;
import id.terbuka.request.information.RequestViews;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * Queues an e-mail to the requester for every status change of a request (the events of request.events that
 * change what the requester sees). Queuing is a database write keyed by the event id, so the consumer never waits
 * for the mail server and a redelivery queues nothing twice; {@link StatusMailRelay} does the sending.
 */
@Configuration(proxyBeanMethods = false)
class StatusMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));

    private final MongoTemplate mongo;
    private final InformationRequestRepository requests;
    private final RequestViews views;
    private final Clock clock;
    private final String linkBase;

    StatusMails(MongoTemplate mongo, InformationRequestRepository requests, RequestViews views, Clock clock,
                @Value("${terbuka.request.mail.link-base}") String linkBase) {
        this.mongo = mongo;
        this.requests = requests;
        this.views = views;
        this.clock = clock;
        this.linkBase = linkBase;
    }

    @Bean
    EventSubscription<RequestRegistered> mailOnRegistered() {
        return on(RequestRegistered.TYPE, RequestRegistered::requestId, "Permohonan informasi diterima");
    }

    @Bean
    EventSubscription<RequestAssigned> mailOnAssigned() {
        return on(RequestAssigned.TYPE, RequestAssigned::requestId, "Permohonan informasi sedang diproses");
    }

    @Bean
    EventSubscription<RequestExtended> mailOnExtended() {
        return on(RequestExtended.TYPE, RequestExtended::requestId, "Jangka waktu permohonan diperpanjang");
    }

    @Bean
    EventSubscription<RequestDecided> mailOnDecided() {
        return on(RequestDecided.TYPE, RequestDecided::requestId, "Pemberitahuan tertulis atas permohonan Anda");
    }

    @Bean
    EventSubscription<RequestClosed> mailOnClosed() {
        return on(RequestClosed.TYPE, RequestClosed::requestId, "Permohonan informasi selesai");
    }

    @Bean
    EventSubscription<ObjectionFiled> mailOnObjectionFiled() {
        return on(ObjectionFiled.TYPE, ObjectionFiled::requestId, "Keberatan Anda diterima");
    }

    @Bean
    EventSubscription<ObjectionDecided> mailOnObjectionDecided() {
        return on(ObjectionDecided.TYPE, ObjectionDecided::requestId, "Tanggapan atasan PPID atas keberatan Anda");
    }

    @Bean
    EventSubscription<DisputeRecorded> mailOnDisputeRecorded() {
        return on(DisputeRecorded.TYPE, DisputeRecorded::requestId, "Sengketa informasi tercatat");
    }

    @Bean
    EventSubscription<DisputeDecided> mailOnDisputeDecided() {
        return on(DisputeDecided.TYPE, DisputeDecided::requestId, "Putusan sengketa informasi tercatat");
    }

    /** Mails are in Indonesian whatever thread or locale the consumer runs in. */
    private <T> EventSubscription<T> on(EventType<T> type, Function<T, String> requestId, String headline) {
        return EventSubscription.on(type, event -> {
            Locale previous = LocaleContextHolder.getLocale();
            LocaleContextHolder.setLocale(PlatformAutoConfiguration.INDONESIAN);
            try {
                queue(event, requestId.apply(event.payload()), headline);
            } finally {
                LocaleContextHolder.setLocale(previous);
            }
        });
    }

    private void queue(ConsumedEvent<?> event, String requestId, String headline) {
        InformationRequest request = requests.findById(requestId).orElse(null);
        if (request == null || mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(event.eventId())),
                StatusMail.class)) {
            return;
        }
        boolean hasAddress = request.requester().emailSealed() != null;
        String subject = headline + " - " + request.registrationNumber();
        Instant now = clock.instant();
        StatusMail mail = new StatusMail(event.eventId(), requestId, request.tenant(), event.type(), subject,
                text(request, headline), hasAddress ? StatusMail.Status.PENDING : StatusMail.Status.SKIPPED, 0, now,
                null, now, null, hasAddress ? null : "no e-mail address");
        try {
            mongo.insert(mail);
        } catch (DuplicateKeyException alreadyQueued) {
            // a concurrent redelivery queued it
        }
    }

    /** The requester's state now (a later event's mail may already show a later state; each mail is still sent). */
    private String text(InformationRequest r, String headline) {
        String link = UriComponentsBuilder.fromUriString(linkBase).path("/api/v1/{tenant}/requests/{number}")
                .buildAndExpand(r.tenant(), r.registrationNumber()).toUriString();
        StringBuilder text = new StringBuilder();
        text.append("Yth. Pemohon informasi,\n\n").append(headline).append(".\n\n")
                .append("Nomor pendaftaran : ").append(r.registrationNumber()).append('\n')
                .append("Status            : ").append(views.statusLabel(r.status())).append('\n');
        if (r.status().open()) {
            text.append("Batas waktu       : ").append(DATE.format(r.dueDate())).append('\n');
        }
        if (r.decision() != null) {
            text.append("Keputusan         : ").append(views.statusLabel(RequestStatus.valueOf(r.decision().outcome().name())))
                    .append('\n');
        }
        if (r.forwardedTo() != null) {
            text.append("Diteruskan kepada : ").append(r.forwardedTo().tenantName()).append('\n');
        }
        text.append("\nLacak permohonan Anda dengan kode pelacakan yang Anda terima saat mengajukan:\n")
                .append(link).append("?trackingCode=<kode pelacakan>\n\n")
                .append("Pesan ini dikirim otomatis oleh Terbuka; mohon tidak membalas.\n");
        return text.toString();
    }
}
