package id.terbuka.request.information;

/** How copies reach the requester (cara mendapatkan salinan). */
public enum DeliveryMethod {
    PICKUP, COURIER, POST, FAX, EMAIL
}
