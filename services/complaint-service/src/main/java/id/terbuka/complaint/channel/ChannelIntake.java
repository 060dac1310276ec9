package id.terbuka.complaint.channel;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.category.Categories;
import id.terbuka.complaint.category.Category;
import id.terbuka.complaint.complaint.Channel;
import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintService;
import id.terbuka.complaint.complaint.Forms;
import id.terbuka.complaint.complaint.Location;
import id.terbuka.complaint.complaint.ReplyContacts;
import id.terbuka.complaint.complaint.ReporterMessage;
import id.terbuka.complaint.reply.MediaFetcher;
import id.terbuka.complaint.reply.ReplyQueue;
import id.terbuka.platform.config.PlatformAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The conversation with a reporter on a messaging platform. The first message opens a complaint; the reporter did
 * not choose, so it is anonymous and confidential, and the sender's address is kept apart, sealed, for replies.
 * Later messages of the same sender join that complaint while it is open (not closed or rejected); a number or
 * category name answers the category question, a shared location fills the place, a photo is fetched from the
 * platform into the complaint's attachments ({@link MediaFetcher}). Every inbound message gets one
 * reply through the {@link ReplyQueue} (receipt, then what is still missing), in Bahasa Indonesia.
 * <p>
 * The sender is found again through a keyed hash of channel, tenant and address ({@code conversations}); the
 * address itself is stored only sealed. The platform's message id makes every step idempotent: a redelivered
 * first message opens nothing (unique source key), a redelivered later one joins nothing, and its reply is queued
 * under the same key once.
 */
@Component
public class ChannelIntake {

    static final String CONVERSATIONS = "conversations";

    public enum Kind { TEXT, PHOTO, LOCATION }

    /** One inbound message as the webhooks read it. */
    public record Inbound(String messageId, String from, Kind kind, String text, Location location, String mediaId) {
    }

    public enum Outcome { OPENED, JOINED, DUPLICATE }

    @Document(CONVERSATIONS)
    record Conversation(@Id String senderKey, String tenant, Channel channel, String complaintId, Instant updatedAt) {
    }

    private final ComplaintService service;
    private final ReplyContacts replyContacts;
    private final ReplyQueue replies;
    private final MediaFetcher media;
    private final Categories categories;
    private final MessageSource messages;
    private final MongoTemplate mongo;
    private final String senderKeySecret;

    ChannelIntake(ComplaintService service, ReplyContacts replyContacts, ReplyQueue replies, MediaFetcher media,
                  Categories categories, MessageSource messages, MongoTemplate mongo, ComplaintSettings settings) {
        this.media = media;
        this.service = service;
        this.replyContacts = replyContacts;
        this.replies = replies;
        this.categories = categories;
        this.messages = messages;
        this.mongo = mongo;
        this.senderKeySecret = "conversation:" + settings.encryptionKey();
    }

    public Outcome receive(String tenant, Channel channel, Inbound in) {
        String sourceKey = channel.name().toLowerCase(Locale.ROOT) + ":" + tenant + ":" + in.messageId();
        String sender = senderKey(channel, tenant, in.from());
        for (int attempt = 0; attempt < 3; attempt++) {
            Conversation conversation = mongo.findById(sender, Conversation.class);
            if (conversation != null) {
                Optional<Complaint> current = awaitComplaint(conversation);
                if (current.isPresent() && current.get().open()) {
                    return join(current.get(), sourceKey, in);
                }
            }
            String id = UUID.randomUUID().toString();
            if (claim(sender, tenant, channel, conversation, id)) {
                return open(id, tenant, channel, sourceKey, in);
            }
            // another message of the same sender opened the conversation at the same moment: join that one
        }
        throw new IllegalStateException("conversation of a sender changes too fast");
    }

    /**
     * Points the sender's conversation at a new complaint, only if it still points where it did when read (or does
     * not exist): of two first messages arriving together, one opens the complaint and the other joins it.
     */
    private boolean claim(String sender, String tenant, Channel channel, Conversation seen, String complaintId) {
        Query unchanged = Query.query(Criteria.where("_id").is(sender).and("complaintId")
                .is(seen == null ? null : seen.complaintId()));
        try {
            mongo.findAndModify(unchanged, new Update().set("tenant", tenant).set("channel", channel)
                    .set("complaintId", complaintId).set("updatedAt", service.now()),
                    FindAndModifyOptions.options().upsert(true), Conversation.class);
            return true;
        } catch (DuplicateKeyException changedMeanwhile) {
            return false;
        }
    }

    /**
     * The conversation's complaint. Its opener writes the conversation first, the complaint a moment later: a
     * message arriving in between waits briefly for it (a conversation whose opener died points nowhere and counts
     * as closed).
     */
    private Optional<Complaint> awaitComplaint(Conversation conversation) {
        for (int i = 0; ; i++) {
            Optional<Complaint> complaint = service.byId(conversation.complaintId());
            boolean opening = conversation.updatedAt() != null
                    && conversation.updatedAt().isAfter(service.now().minusSeconds(10));
            if (complaint.isPresent() || !opening || i >= 40) {
                return complaint;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return complaint;
            }
        }
    }

    private Outcome open(String id, String tenant, Channel channel, String sourceKey, Inbound in) {
        String body = in.text() == null ? "" : in.text().strip();
        String description = !body.isEmpty() ? body
                : in.kind() == Kind.LOCATION ? text("channel.locationTitle") : text("channel.photoTitle");
        String title = !body.isEmpty() ? firstLine(body) : description;
        Optional<Forms.Receipt> receipt = service.receive(new ComplaintService.Intake(id, tenant, channel, sourceKey,
                null, title, description.length() > 5000 ? description.substring(0, 5000) : description, null,
                in.location(), true, true, null));
        if (receipt.isEmpty()) {
            // a redelivery of the message that opened an earlier complaint: the conversation points back to it
            service.bySourceKey(sourceKey).ifPresent(earlier -> mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(senderKey(channel, tenant, in.from())).and("complaintId")
                            .is(id)), new Update().set("complaintId", earlier.id()), Conversation.class));
            return Outcome.DUPLICATE;
        }
        replyContacts.keep(id, tenant, channel.name(), in.from());
        media.enqueue(sourceKey, tenant, id, channel, in.mediaId());
        StringBuilder reply = new StringBuilder(text("reply.opened", receipt.get().trackingId(),
                receipt.get().reporterCode()));
        missing(tenant, null, in.location(), reply);
        replies.enqueue("conv:" + sourceKey, tenant, id, channel, reply.toString());
        return Outcome.OPENED;
    }

    private Outcome join(Complaint complaint, String sourceKey, Inbound in) {
        for (int attempt = 0; ; attempt++) {
            ReporterMessage message = new ReporterMessage(service.now(), sourceKey, in.kind().name(),
                    in.text() == null || in.text().isBlank() ? null : in.text().strip(), in.location(), in.mediaId());
            if (!complaint.addReporterMessage(message)) {
                return Outcome.DUPLICATE;
            }
            Category category = complaint.category() == null ? categoryAnswer(complaint.tenant(), in.text()) : null;
            boolean categorySet = category != null && complaint.completeCategory(category.code());
            boolean locationSet = complaint.completeLocation(in.location());
            try {
                service.save(complaint);
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt >= 2) {
                    throw concurrentChange;
                }
                complaint = service.byId(complaint.id()).orElseThrow();
                continue;
            }
            media.enqueue(sourceKey, complaint.tenant(), complaint.id(), complaint.channel(), in.mediaId());
            StringBuilder reply = new StringBuilder();
            if (categorySet) {
                reply.append(text("reply.categorySet", category.name()));
            }
            if (locationSet) {
                append(reply, text("reply.locationSet"));
            }
            if (!categorySet && !locationSet) {
                reply.append(text("reply.joined", complaint.trackingId()));
            }
            missing(complaint.tenant(), complaint.category(), complaint.location(), reply);
            replies.enqueue("conv:" + sourceKey, complaint.tenant(), complaint.id(), complaint.channel(),
                    reply.toString());
            return Outcome.JOINED;
        }
    }

    /** Asks for the category first, then for the place. */
    private void missing(String tenant, String category, Location location, StringBuilder reply) {
        if (category == null) {
            List<Category> known = categories.forTenant(tenant);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < known.size(); i++) {
                lines.add((i + 1) + ". " + known.get(i).name());
            }
            append(reply, text("reply.askCategory", String.join("\n", lines)));
        } else if (location == null) {
            append(reply, text("reply.askLocation"));
        }
    }

    /** "2", "Sampah" or "sampah" name a category of the tenant's list (numbered as the question lists them). */
    Category categoryAnswer(String tenant, String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        String given = answer.strip().replaceAll("[.)]$", "");
        List<Category> known = categories.forTenant(tenant);
        if (given.matches("\\d{1,3}")) {
            int index = Integer.parseInt(given) - 1;
            return index >= 0 && index < known.size() ? known.get(index) : null;
        }
        return known.stream().filter(c -> c.code().equalsIgnoreCase(given) || c.name().equalsIgnoreCase(given))
                .findFirst().orElse(null);
    }

    /** Keyed, so the table of conversations does not reveal who complained even to someone who can hash numbers. */
    String senderKey(Channel channel, String tenant, String address) {
        byte[] mac = Signatures.hmacSha256((channel.name() + ":" + tenant + ":" + address)
                .getBytes(StandardCharsets.UTF_8), senderKeySecret);
        return HexFormat.of().formatHex(mac);
    }

    private static void append(StringBuilder reply, String text) {
        if (!reply.isEmpty()) {
            reply.append("\n\n");
        }
        reply.append(text);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, PlatformAutoConfiguration.INDONESIAN);
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse(text).strip();
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }
}
