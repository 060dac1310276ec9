package id.terbuka.catalogue.dip;

import java.time.LocalDate;

/**
 * What the document is about.
 *
 * @param tenantName the public body (pemerintah daerah)
 * @param unitName   the unit (OPD) when the list is for one unit, else null
 * @param asOf       the day the list was generated, in the tenant's time zone
 */
public record DipHeading(String tenantSlug, String tenantName, String unitCode, String unitName, LocalDate asOf) {
}
