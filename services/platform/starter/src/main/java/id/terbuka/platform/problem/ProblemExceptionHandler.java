package id.terbuka.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure of a request into an RFC 9457 problem. Anything a client can send gets a 4xx that names
 * the field; only a fault of ours is a 500, and it never carries a stack trace or an internal message.
 */
@RestControllerAdvice
public class ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final Object[] NONE = new Object[0];

    private final Problems problems;

    public ProblemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        return problems.response(e.status(), e.typeSlug(), e.detailArguments(), e.errors(), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return validation(errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return validation(errors, request);
    }

    /** Constraints checked outside MVC's own validation (a service method annotated with @Validated). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolations(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            errors.add(new FieldProblem(field, violation.getMessage()));
        }
        return validation(errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return validation(List.of(new FieldProblem(field, describe(jackson))), request);
        }
        return problems.response(HttpStatus.BAD_REQUEST, "malformed-body", NONE, List.of(), request);
    }

    private String describe(JacksonException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return message("validation.enum", allowed);
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return message("validation.type", mismatched.getTargetType().getSimpleName());
        }
        return message("validation.unreadable");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Class<?> type = e.getRequiredType();
        String text = type != null && type.isEnum()
                ? message("validation.enum", Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", ")))
                : message("validation.type", type == null ? "?" : type.getSimpleName());
        return validation(List.of(new FieldProblem(e.getName(), text)), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
                                                   HttpServletRequest request) {
        return validation(List.of(new FieldProblem(e.getParameterName(), message("validation.required"))), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return validation(List.of(new FieldProblem(e.getRequestPartName(), message("validation.required"))), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return validation(List.of(new FieldProblem(e.getHeaderName(), message("validation.required"))), request);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> noRoute(Exception e, HttpServletRequest request) {
        return problems.response(HttpStatus.NOT_FOUND, "no-such-resource", new Object[]{request.getRequestURI()},
                List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problems.response(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                new Object[]{e.getMethod()}, List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problems.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                new Object[]{String.valueOf(e.getContentType())}, List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return problems.response(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", NONE, List.of(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problems.response(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", NONE, List.of(), request);
    }

    /** A multipart body the container cannot parse (no boundary, cut off, not multipart) is the client's mistake. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e, HttpServletRequest request) {
        return problems.response(HttpStatus.BAD_REQUEST, "malformed-multipart", NONE, List.of(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problems.response(HttpStatus.CONFLICT, "concurrent-modification", NONE, List.of(), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return problems.response(HttpStatus.CONFLICT, "duplicate", NONE, List.of(), request);
    }

    /** Other framework errors that already know their status (e.g. 400 for a bad multipart request). */
    @ExceptionHandler(org.springframework.web.ErrorResponseException.class)
    ResponseEntity<ProblemDetail> framework(ErrorResponse e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        if (status.is5xxServerError()) {
            return unexpected((Exception) e, request);
        }
        return problems.response(status, "bad-request", NONE, List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The caller hung up mid-response (a closed tab, a load generator stopping): nothing failed here and
            // nobody is left to answer, so no error log with a stack trace.
            log.debug("Client went away during {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return null;
        }
        String traceId = problems.traceId();
        log.error("Unexpected failure of {} {} (trace {})", request.getMethod(), request.getRequestURI(), traceId, e);
        return problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", new Object[]{traceId},
                List.of(), request);
    }

    private ResponseEntity<ProblemDetail> validation(List<FieldProblem> errors, HttpServletRequest request) {
        return problems.response(HttpStatus.BAD_REQUEST, "validation", NONE, errors, request);
    }

    private String message(String key, Object... args) {
        return problems.message(key, args, key, LocaleContextHolder.getLocale());
    }
}
