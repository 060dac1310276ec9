package id.terbuka.launcher.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.terbuka.launcher.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The citizen step against a stub of identity's citizen API and a real mail server (GreenMail, SMTP + POP3). */
class CitizenStepTest {

    private static final String CODE = "q2Vb8-Xk_Lr0aYpTn3sWd4EfGh5IjK6mNoPqRsTuVwX";

    private GreenMail mail;
    private HttpServer gateway;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile int signUpStatus = 201;
    private volatile int loginStatus = 403;

    @BeforeEach
    void start() throws IOException {
        mail = new GreenMail(new ServerSetup[]{new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
        mail.start();
        mail.setUser(CitizenStep.USERNAME, CitizenStep.USERNAME);
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/", this::answer);
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
        mail.stop();
    }

    /** Plays identity-service: sign-up and resend "send" the verification mail, verification wants its code. */
    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(path + " " + body);
        int status = switch (path) {
            case "/api/v1/kutai-timur/citizens" -> {
                if (signUpStatus == 201) {
                    sendVerificationMail();
                }
                yield signUpStatus;
            }
            case "/api/v1/kutai-timur/citizens/email-verification/resend" -> {
                sendVerificationMail();
                yield 202;
            }
            case "/api/v1/kutai-timur/citizens/email-verification" ->
                    CODE.equals(Json.at(Json.parse(body), "token")) ? 200 : 400;
            case "/api/v1/auth/token" -> loginStatus;
            default -> 404;
        };
        byte[] bytes = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void sendVerificationMail() {
        GreenMailUtil.sendTextEmail(CitizenStep.USERNAME, "noreply@terbuka.id", "Konfirmasi alamat e-mail Anda",
                "Halo Siti,\n\nBuka tautan berikut ...\n\nKode konfirmasi: " + CODE + "\n",
                mail.getSmtp().getServerSetup());
    }

    private void load(CitizenStep step) throws DemoException {
        new DemoLoader(List.of(step), TokenProvider.anonymous()).load(
                URI.create("http://127.0.0.1:" + gateway.getAddress().getPort()), Duration.ofSeconds(5),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private CitizenStep step() {
        return new CitizenStep("kutai-timur", CitizenStep.USERNAME, "Terbuka-Demo-2026",
                new LocalMailbox("127.0.0.1", mail.getPop3().getPort()));
    }

    @Test
    void signsUpAndConfirmsWithTheCodeFromTheMail() throws Exception {
        load(step());

        assertThat(calls).extracting(c -> c.split(" ")[0]).containsExactly(
                "/api/v1/kutai-timur/citizens", "/api/v1/kutai-timur/citizens/email-verification");
        assertThat(calls.getLast()).contains(CODE);
        assertThat(Json.at(Json.parse(calls.getFirst().substring(calls.getFirst().indexOf(' ') + 1)), "email"))
                .isEqualTo("warga@kutai-timur");
    }

    @Test
    void leavesACitizenWhoCanLogInAlone() throws Exception {
        signUpStatus = 409;
        loginStatus = 200;

        load(step());

        assertThat(calls).extracting(c -> c.split(" ")[0])
                .containsExactly("/api/v1/kutai-timur/citizens", "/api/v1/auth/token");
    }

    @Test
    void asksForAFreshMailWhenTheAccountExistsUnverified() throws Exception {
        signUpStatus = 409;

        load(step());

        assertThat(calls).extracting(c -> c.split(" ")[0]).containsExactly("/api/v1/kutai-timur/citizens",
                "/api/v1/auth/token", "/api/v1/kutai-timur/citizens/email-verification/resend",
                "/api/v1/kutai-timur/citizens/email-verification");
    }

    @Test
    void saysSoWhenNoMailArrives() {
        signUpStatus = 201;
        CitizenStep step = new CitizenStep("kutai-timur", "someone-else@kutai-timur", "Terbuka-Demo-2026",
                new LocalMailbox("127.0.0.1", mail.getPop3().getPort()), Duration.ofMillis(300));
        mail.setUser("someone-else@kutai-timur", "someone-else@kutai-timur");

        assertThatThrownBy(() -> load(step)).isInstanceOf(DemoException.class)
                .hasMessageContaining("no verification mail");
    }

    @Test
    void findsTheCodeInQuotedPrintableText() {
        String wrapped = "Kode konfirmasi: q2Vb8-Xk_Lr0aYpTn3sWd4=\r\nEfGh5IjK6mNoPqRsTuVwX\r\n";

        assertThat(CitizenStep.verificationCode(wrapped)).contains(CODE);
        assertThat(CitizenStep.verificationCode("Halo, tidak ada kode di sini")).isEqualTo(Optional.empty());
    }
}
