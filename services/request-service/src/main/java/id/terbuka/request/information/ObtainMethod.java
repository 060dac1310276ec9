package id.terbuka.request.information;

/** How the requester wants to obtain the information (cara memperoleh informasi). */
public enum ObtainMethod {
    VIEW, READ, LISTEN, NOTE, COPY_SOFT, COPY_HARD
}
