package id.terbuka.request.information;

/** The letter of UU 14/2008 Pasal 17 a rejection rests on. */
public enum LegalBasis {
    A, B, C, D, E, F, G, H, I, J
}
