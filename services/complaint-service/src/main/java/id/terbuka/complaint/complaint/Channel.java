package id.terbuka.complaint.complaint;

/** The door a complaint came through. */
public enum Channel {
    WEB, OPEN311, WHATSAPP, TELEGRAM
}
