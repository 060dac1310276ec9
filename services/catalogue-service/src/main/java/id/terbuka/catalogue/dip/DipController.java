package id.terbuka.catalogue.dip;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * The official Daftar Informasi Publik of a tenant, or of one unit ({@code ?unit=}), as CSV and as PDF. Public: the
 * DIP is itself information available at any time (UU 14/2008 Pasal 11(1) huruf a). Written straight to the
 * response while it is read; the unit is checked before the first byte, so a bad one is a 400 problem.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/information")
public class DipController {

    private final DipTable table;

    DipController(DipTable table) {
        this.table = table;
    }

    @GetMapping("/dip.csv")
    void csv(@PathVariable String tenant, @RequestParam(required = false) String unit, HttpServletResponse response)
            throws IOException {
        send(tenant, unit, response, DipCsv.MEDIA_TYPE, "csv", DipCsv::new);
    }

    @GetMapping("/dip.pdf")
    void pdf(@PathVariable String tenant, @RequestParam(required = false) String unit, HttpServletResponse response)
            throws IOException {
        send(tenant, unit, response, DipPdf.MEDIA_TYPE, "pdf", DipPdf::new);
    }

    private void send(String tenant, String unit, HttpServletResponse response, String mediaType, String extension,
                      Function<OutputStream, DipWriter> writer) throws IOException {
        String unitId = unit == null || unit.isBlank() ? null : unit.strip();
        DipHeading heading = table.heading(tenant, unitId);
        String name = "dip-" + tenant + (heading.unitCode() == null ? ""
                : "-" + heading.unitCode().toLowerCase(Locale.ROOT)) + "-" + heading.asOf() + "." + extension;
        response.setContentType(mediaType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        OutputStream out = response.getOutputStream();
        table.write(heading, unitId, writer.apply(out));
        out.flush();
    }
}
