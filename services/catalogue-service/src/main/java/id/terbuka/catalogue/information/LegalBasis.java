package id.terbuka.catalogue.information;

/** The letter of UU 14/2008 Pasal 17 an exclusion rests on. */
public enum LegalBasis {
    A, B, C, D, E, F, G, H, I, J;

    /** Akta otentik / wasiat (G) and rahasia pribadi (H) are excluded permanently (Pasal 20(1)). */
    public boolean permanent() {
        return this == G || this == H;
    }
}
