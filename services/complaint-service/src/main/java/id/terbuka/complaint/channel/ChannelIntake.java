package id.terbuka.complaint.channel;

import id.terbuka.complaint.complaint.Channel;
import id.terbuka.complaint.complaint.ComplaintService;
import id.terbuka.complaint.complaint.Forms;
import id.terbuka.complaint.complaint.Location;
import id.terbuka.complaint.complaint.ReplyContacts;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Opens a complaint from a messaging platform's text message. The reporter did not choose, so such a complaint is
 * anonymous and confidential (no identity, no public content); the sender's address is kept apart, sealed, for
 * replies. The message id is the complaint's source key: a redelivery opens nothing.
 */
@Component
public class ChannelIntake {

    private final ComplaintService service;
    private final ReplyContacts replyContacts;

    ChannelIntake(ComplaintService service, ReplyContacts replyContacts) {
        this.service = service;
        this.replyContacts = replyContacts;
    }

    public Optional<Forms.Receipt> open(String tenant, Channel channel, String messageId, String text, String replyAddress,
                                 Location location) {
        String id = UUID.randomUUID().toString();
        String body = text.strip();
        String title = firstLine(body);
        Optional<Forms.Receipt> receipt = service.receive(new ComplaintService.Intake(id, tenant, channel,
                channel.name().toLowerCase() + ":" + tenant + ":" + messageId, null, title,
                body.length() > 5000 ? body.substring(0, 5000) : body, null, location, true, true, null));
        receipt.ifPresent(r -> replyContacts.keep(id, tenant, channel.name(), replyAddress));
        return receipt;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse(text).strip();
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }
}
