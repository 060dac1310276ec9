package id.terbuka.request.information;

/** The letter of UU 14/2008 Pasal 35(1) a keberatan rests on; B–G may be settled by agreement (Pasal 35(2)). */
public enum ObjectionGround {
    A, B, C, D, E, F, G
}
