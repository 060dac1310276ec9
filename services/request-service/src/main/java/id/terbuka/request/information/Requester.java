package id.terbuka.request.information;

/**
 * The requester as stored: NIK, address, phone and e-mail only sealed (AES-GCM, see
 * {@link id.terbuka.platform.crypto.FieldCipher}); the masked NIK is kept for lists.
 */
public record Requester(RequesterType type, String name, String nikSealed, String nikMasked, String legalEntityDeed,
                        String addressSealed, String phoneSealed, String emailSealed, String occupation) {
}
