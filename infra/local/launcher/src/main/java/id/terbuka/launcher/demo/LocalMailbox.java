package id.terbuka.launcher.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads mail from the local platform's mail server over POP3 (identity-service runs GreenMail on 127.0.0.1:3110 in
 * its {@code local} and {@code demo} profiles; the user name and password are the recipient address). The
 * protocol is five plain-text commands, so a socket is all it takes.
 */
public final class LocalMailbox {

    public static final String HOST = "127.0.0.1";
    public static final int POP3_PORT = 3110;

    private final String host;
    private final int port;

    public LocalMailbox(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static LocalMailbox demo() {
        return new LocalMailbox(HOST, POP3_PORT);
    }

    /** The newest mail of {@code address} as raw RFC 5322 text, if there is one. */
    public Optional<String> newestMail(String address) throws DemoException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(5000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            expectOk(in.readLine(), "greeting");
            command(out, in, "USER " + address);
            command(out, in, "PASS " + address);
            String stat = command(out, in, "STAT");
            int count = Integer.parseInt(stat.split(" ")[1]);
            if (count == 0) {
                command(out, in, "QUIT");
                return Optional.empty();
            }
            command(out, in, "RETR " + count);
            StringBuilder mail = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
                // POP3 dot-stuffing: a leading "." of a content line is doubled on the wire.
                mail.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
            }
            command(out, in, "QUIT");
            return Optional.of(mail.toString());
        } catch (IOException | RuntimeException e) {
            throw new DemoException("reading mail of " + address + " from POP3 " + host + ":" + port + " failed: " + e);
        }
    }

    private static String command(Writer out, BufferedReader in, String command) throws IOException {
        out.write(command + "\r\n");
        out.flush();
        return expectOk(in.readLine(), command.split(" ")[0]);
    }

    private static String expectOk(String reply, String what) throws IOException {
        if (reply == null || !reply.startsWith("+OK")) {
            throw new IOException(what + " answered " + reply);
        }
        return reply;
    }
}
