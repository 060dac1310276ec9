package id.terbuka.catalogue.freshness;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public: how current each unit (OPD) keeps its part of the DIP. */
@RestController
public class FreshnessController {

    private final FreshnessService service;

    FreshnessController(FreshnessService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/{tenant}/information/freshness")
    FreshnessService.FreshnessReport freshness(@PathVariable String tenant) {
        return service.report(tenant);
    }
}
