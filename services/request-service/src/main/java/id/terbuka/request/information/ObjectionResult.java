package id.terbuka.request.information;

/** The atasan PPID's answer: upheld (the PPID must act), dismissed (with reasons) or settled by agreement. */
public enum ObjectionResult {
    UPHELD, DISMISSED, SETTLED
}
