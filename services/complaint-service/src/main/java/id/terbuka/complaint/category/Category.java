package id.terbuka.complaint.category;

/**
 * A complaint category of a tenant; its code is the Open311 {@code service_code}.
 *
 * @param unitCode            code of the unit (OPD) usually responsible, suggested to the coordinator on dispatch
 * @param followUpWorkingDays the category's own follow-up SLA; null = the service default
 */
public record Category(String code, String name, String description, String group, String unitCode,
                       Integer followUpWorkingDays) {
}
