package id.terbuka.calendar;

/** The holiday data file is malformed; the message names the file and line. */
public class HolidayDataException extends RuntimeException {

    public HolidayDataException(String message) {
        super(message);
    }

    public HolidayDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
