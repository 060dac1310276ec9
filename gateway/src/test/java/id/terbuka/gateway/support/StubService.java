package id.terbuka.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 standing in for one platform service. By default it answers
 * {@code 200} with JSON naming the service, method and path; tests can script answers for some
 * requests, stop it (its port then refuses connections) and start it again on the same port.
 * Every request it receives is recorded.
 */
public final class StubService {

	/** One request as the stub received it. */
	public record Received(String method, String pathAndQuery, Map<String, String> headers) {

		public String header(String name) {
			return headers.get(name.toLowerCase());
		}

		/**
		 * Proxied by the gateway (which gives every proxied request an X-Request-Id), not a call the
		 * gateway made itself (such as loading the tenant list).
		 */
		public boolean viaGateway() {
			return headers.containsKey("x-request-id");
		}

	}

	/** A scripted answer. */
	public record Answer(int status, String contentType, String body, Duration delay) {

		public static Answer json(int status, String body) {
			return new Answer(status, "application/json", body, Duration.ZERO);
		}

		public static Answer slow(Duration delay) {
			return new Answer(200, "application/json", "{\"slow\":true}", delay);
		}

	}

	private record Script(Predicate<Received> when, Function<Received, Answer> answer) {
	}

	private final String name;

	private final int port;

	private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r);
		t.setDaemon(true);
		return t;
	});

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final ConcurrentLinkedDeque<Script> scripts = new ConcurrentLinkedDeque<>();

	private volatile HttpServer server;

	private StubService(String name, int port) {
		this.name = name;
		this.port = port;
	}

	public static StubService start(String name) {
		StubService stub = new StubService(name, freePort());
		stub.start();
		return stub;
	}

	public String name() {
		return name;
	}

	public String uri() {
		return "http://127.0.0.1:" + port;
	}

	public synchronized void start() {
		if (server != null) {
			return;
		}
		try {
			HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
			created.setExecutor(executor);
			created.createContext("/", this::handle);
			created.start();
			server = created;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot start stub " + name + " on port " + port, e);
		}
	}

	/** Closes the port: connections to it are refused, as with a killed service. */
	public synchronized void stop() {
		if (server != null) {
			server.stop(0);
			server = null;
		}
	}

	/** Answers requests that match with the given answer (newest script first). */
	public void when(Predicate<Received> when, Function<Received, Answer> answer) {
		scripts.addFirst(new Script(when, answer));
	}

	public void reset() {
		scripts.clear();
		received.clear();
		start();
	}

	public List<Received> received() {
		return new ArrayList<>(received);
	}

	/** Requests the gateway forwarded from clients. */
	public List<Received> forwarded() {
		return received.stream().filter(Received::viaGateway).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			body.readAllBytes();
			Map<String, String> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
			Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers);
			received.add(request);
			Answer answer = scripts.stream()
				.filter(s -> s.when().test(request))
				.findFirst()
				.map(s -> s.answer().apply(request))
				.orElseGet(() -> Answer.json(200, echo(request)));
			if (!answer.delay().isZero()) {
				Thread.sleep(answer.delay());
			}
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", answer.contentType());
			boolean head = "HEAD".equals(request.method());
			exchange.sendResponseHeaders(answer.status(), head ? -1 : bytes.length);
			if (!head) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException clientWentAway) {
			// the gateway gave up (time limit) and closed the connection
		}
	}

	private String echo(Received request) {
		return "{\"service\":\"" + name + "\",\"method\":\"" + request.method() + "\",\"path\":\""
				+ request.pathAndQuery().replace("\"", "\\\"") + "\"}";
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
