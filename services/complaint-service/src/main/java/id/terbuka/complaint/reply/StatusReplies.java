package id.terbuka.complaint.reply;

import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintRepository;
import id.terbuka.complaint.complaint.ComplaintStatus;
import id.terbuka.complaint.complaint.FollowUp;
import id.terbuka.complaint.complaint.ReplyContacts;
import id.terbuka.events.contracts.complaint.ComplaintClosed;
import id.terbuka.events.contracts.complaint.ComplaintDispatched;
import id.terbuka.events.contracts.complaint.ComplaintMerged;
import id.terbuka.events.contracts.complaint.ComplaintRejected;
import id.terbuka.events.contracts.complaint.ComplaintReopened;
import id.terbuka.events.contracts.complaint.ComplaintResponded;
import id.terbuka.events.contracts.complaint.ComplaintVerified;
import id.terbuka.platform.config.PlatformAutoConfiguration;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.platform.events.consume.ConsumedEvent;
import id.terbuka.platform.events.consume.EventSubscription;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;

/**
 * Status changes go back to the reporter of a WhatsApp / Telegram complaint (and by e-mail to web reporters who left an
 * address): this service reads its own
 * {@code complaint.events} and queues one reply per event (keyed by the event id, so a redelivered event queues
 * nothing more). Reading the events rather than writing the reply in the request keeps the state change and its
 * announcement atomic (the aggregate's outbox) and the reply durable (the queue). Receipt is answered by the
 * conversation itself, at once.
 */
@Configuration(proxyBeanMethods = false)
class StatusReplies {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            PlatformAutoConfiguration.INDONESIAN);

    private final ComplaintRepository complaints;
    private final ReplyQueue queue;
    private final MessageSource messages;
    private final LocalUnitDirectory units;
    private final ReplyContacts contacts;
    private final Mailer mailer;

    StatusReplies(ComplaintRepository complaints, ReplyQueue queue, MessageSource messages, LocalUnitDirectory units,
                  ReplyContacts contacts, Mailer mailer) {
        this.contacts = contacts;
        this.mailer = mailer;
        this.complaints = complaints;
        this.queue = queue;
        this.messages = messages;
        this.units = units;
    }

    @Bean
    EventSubscription<ComplaintVerified> replyOnVerified() {
        return EventSubscription.on(ComplaintVerified.TYPE, event -> reply(event, ComplaintVerified::complaintId,
                c -> text("reply.verified", c.trackingId())));
    }

    @Bean
    EventSubscription<ComplaintRejected> replyOnRejected() {
        return EventSubscription.on(ComplaintRejected.TYPE, event -> reply(event, ComplaintRejected::complaintId,
                c -> text("reply.rejected", c.trackingId(), text("rejection." + event.payload().reason()))));
    }

    @Bean
    EventSubscription<ComplaintDispatched> replyOnDispatched() {
        return EventSubscription.on(ComplaintDispatched.TYPE, event -> reply(event, ComplaintDispatched::complaintId,
                c -> text("reply.dispatched", c.trackingId(), unitName(event.payload().unitId()),
                        date(event.payload().followUpDueDate()))));
    }

    @Bean
    EventSubscription<ComplaintResponded> replyOnResponded() {
        return EventSubscription.on(ComplaintResponded.TYPE, event -> reply(event, ComplaintResponded::complaintId,
                c -> text("reply.responded", c.trackingId(), answer(c, event.payload()),
                        date(c.reporterDeadline()))));
    }

    @Bean
    EventSubscription<ComplaintClosed> replyOnClosed() {
        return EventSubscription.on(ComplaintClosed.TYPE, event -> reply(event, ComplaintClosed::complaintId,
                c -> text(event.payload().automatic() ? "reply.autoClosed" : "reply.closed", c.trackingId())));
    }

    @Bean
    EventSubscription<ComplaintReopened> replyOnReopened() {
        return EventSubscription.on(ComplaintReopened.TYPE, event -> reply(event, ComplaintReopened::complaintId,
                c -> text("reply.reopened", c.trackingId(), unitName(event.payload().unitId()),
                        date(event.payload().followUpDueDate()))));
    }

    @Bean
    EventSubscription<ComplaintMerged> replyOnMerged() {
        return EventSubscription.on(ComplaintMerged.TYPE, event -> reply(event, ComplaintMerged::complaintId,
                c -> text("reply.merged", c.trackingId(), event.payload().intoTrackingId())));
    }

    /**
     * To the complaint's reporter, and to the reporters of the duplicates merged into it (each on their own
     * channel and contact, the text headed with the complaint they follow now).
     */
    private <T> void reply(ConsumedEvent<T> event, Function<T, String> complaintId, Function<Complaint, String> text) {
        complaints.findById(complaintId.apply(event.payload())).ifPresent(c -> {
            String message = text.apply(c);
            send("event:" + event.eventId(), c, message);
            for (Complaint merged : complaints.findAllById(c.mergedFrom())) {
                send("event:" + event.eventId() + ":" + merged.id(), merged,
                        text("reply.forMerged", c.trackingId(), merged.trackingId()) + "\n" + message);
            }
        });
    }

    /**
     * On the reporter's messaging channel; or, for web / Open311 reporters who left an e-mail address (named or
     * anonymous), by e-mail when e-mails are switched on. The text names no one.
     */
    private void send(String key, Complaint to, String message) {
        if (ReplyQueue.answers(to.channel())) {
            queue.enqueue(key, to.tenant(), to.id(), to.channel(), message);
        } else if (mailer.enabled() && contacts.kind(to.id()).filter("EMAIL"::equals).isPresent()) {
            queue.enqueueMail(key, to.tenant(), to.id(), to.channel(), text("mail.subject", to.trackingId()),
                    message + "\n\n" + text("mail.footer"));
        }
    }

    /** The answer the event announces (the latest RESPONDED follow-up at that time). */
    private static String answer(Complaint complaint, ComplaintResponded responded) {
        return complaint.followUps().stream()
                .filter(f -> f.status() == ComplaintStatus.RESPONDED && !f.at().isAfter(responded.respondedAt()))
                .max(Comparator.comparing(FollowUp::at)).map(FollowUp::message).orElse("");
    }

    private String unitName(String unitId) {
        return units.find(unitId).map(LocalUnit::name).orElse(text("reply.unit"));
    }

    private static String date(LocalDate date) {
        return date == null ? "-" : DATE.format(date);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, PlatformAutoConfiguration.INDONESIAN);
    }
}
