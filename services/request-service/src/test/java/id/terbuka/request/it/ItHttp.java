package id.terbuka.request.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP against the service under test, with or without a bearer token. */
final class ItHttp {

    static final String NIK = "3204011505900001";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ItHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send(builder(path, token).GET());
    }

    HttpResponse<byte[]> bytes(String path, String token) throws Exception {
        return http.send(builder(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> patch(String path, String body, String token) throws Exception {
        return send(builder(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data POST with one part {@code file}, as a browser uploads. */
    HttpResponse<String> multipart(String path, String fileName, byte[] content, String token) throws Exception {
        String boundary = "it-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(builder(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    static String individual() {
        return """
                {"requesterType":"INDIVIDUAL","name":"Siti Aminah","nik":"%s","address":"Jl. Pahlawan 2",
                 "phone":"081298765432","email":"siti@example.id","occupation":"Wartawan",
                 "informationRequested":"Laporan realisasi anggaran 2025","purpose":"Pemberitaan",
                 "obtainMethod":"COPY_SOFT","deliveryMethod":"EMAIL"}
                """.formatted(NIK);
    }

    static String offline(String channel, String receivedAt) {
        return individual().replace("\"deliveryMethod\":\"EMAIL\"",
                "\"deliveryMethod\":\"EMAIL\",\"channel\":\"%s\",\"receivedAt\":\"%s\"".formatted(channel, receivedAt));
    }

    static String path(String tenant, String number) {
        return "/api/v1/" + tenant + "/requests/" + number;
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
