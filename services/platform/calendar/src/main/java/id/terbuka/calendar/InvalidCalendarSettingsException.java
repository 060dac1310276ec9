package id.terbuka.calendar;

import java.util.Locale;

/**
 * A tenant calendar setting is invalid. {@link #field()} names the setting so services can report it as a
 * validation error ({@code errors: [{field, message}]}); {@link #message(Locale)} gives the text in
 * Indonesian (default) or English.
 */
public class InvalidCalendarSettingsException extends IllegalArgumentException {

    private final String field;
    private final String messageId;

    public InvalidCalendarSettingsException(String field, String messageEn, String messageId) {
        super(field + ": " + messageEn);
        this.field = field;
        this.messageId = messageId;
    }

    /** Name of the offending setting: timeZone, workingWeek or localHolidays. */
    public String field() {
        return field;
    }

    /** English when the language is {@code en}, otherwise Indonesian; without the field prefix. */
    public String message(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return getMessage().substring(field.length() + 2);
        }
        return messageId;
    }
}
